// A lesson's question list, kept in memory for a few seconds per lesson and order (lib/cache/memo.ts) and shaped
// per view. The memo holds what is the same for every viewer: the first 50 questions nobody hid, and every hidden
// question with its author. A view is the first 50 of those visible ones plus the hidden ones this viewer may see
// (all of them for the course's staff, their own for anyone else): the first 50 of a union are the first 50 of
// the union of each part's first 50. The access check (lessonAccess) stays per view, before this. Every write to
// a lesson's posts drops its entries after it commits (invalidateLessonThreads, here and through the purge bus on
// the other instances); the few seconds bound only what no post write changes: an author's new name, a staff
// badge won or lost.
import { memoKeys } from "../cache/keys";
import { memoize } from "../cache/memo";
import { preparedQuery, runPrepared } from "../db/prepared";
import type { ThreadSummary } from "./queries";
import { authorLabel, type ThreadSort } from "./rules";

export const THREAD_LIST_LIMIT = 50;
const MEMO_MS = 5_000;

// Each sort's one order, ties broken by the id compared as bytes, as `compare` below does in the merge.
const ORDER: Record<ThreadSort, (q: string) => string> = {
  newest: (q) => `${q}"createdAt" DESC, ${q}id COLLATE "C" DESC`,
  top: (q) => `${q}score DESC, ${q}"createdAt" DESC, ${q}id COLLATE "C" DESC`,
  unanswered: (q) => `${q}"answerCount" ASC, ${q}"createdAt" DESC, ${q}id COLLATE "C" DESC`,
};

const PICKED = `id, title, "createdAt", "answerCount", score, "acceptedAnswerId" IS NOT NULL AS accepted,
  "deletedAt" IS NOT NULL AS deleted, "hiddenAt" IS NOT NULL AS hidden, "authorId", "courseId"`;
// A lesson's questions; a deleted one with no answers says nothing and is left out.
const OF_LESSON = `"lessonId" = $1 AND "questionId" IS NULL AND NOT ("deletedAt" IS NOT NULL AND "answerCount" = 0)`;

// The questions are picked first (the first 50 visible ones, and the hidden ones), and only those are joined to
// their authors and checked for the staff badge (an admin, the course's owner or a co-instructor, a mentor of one
// of its cohorts). One prepared statement per order (lib/db/prepared.ts).
const listSql = (sort: ThreadSort) => `
  SELECT q.id, q.title, q."createdAt", q."answerCount", q.score, q.accepted, q.deleted, q.hidden, q."authorId",
         u.name AS "authorName", u.id IS NOT NULL AS "hasAuthor",
         coalesce(u.role::text = 'ADMIN' OR u.id = c."instructorId"
           OR EXISTS (SELECT 1 FROM "CourseCoInstructor" ci WHERE ci."courseId" = c.id AND ci."userId" = u.id)
           OR EXISTS (SELECT 1 FROM "CohortMentor" m JOIN "Cohort" h ON h.id = m."cohortId"
                       WHERE m."userId" = u.id AND h."courseId" = c.id), false) AS "authorIsStaff"
    FROM ((SELECT ${PICKED} FROM "QaPost" WHERE ${OF_LESSON} AND "hiddenAt" IS NULL
            ORDER BY ${ORDER[sort]("")} LIMIT ${THREAD_LIST_LIMIT})
          UNION ALL
          (SELECT ${PICKED} FROM "QaPost" WHERE ${OF_LESSON} AND "hiddenAt" IS NOT NULL)) q
    JOIN "Course" c ON c.id = q."courseId" LEFT JOIN "User" u ON u.id = q."authorId"
   ORDER BY ${ORDER[sort]("q.")}`;

const LIST_QUERIES: Record<ThreadSort, ReturnType<typeof preparedQuery>> = {
  newest: preparedQuery("qa_lesson_list_newest", 1, listSql("newest")),
  top: preparedQuery("qa_lesson_list_top", 1, listSql("top")),
  unanswered: preparedQuery("qa_lesson_list_unanswered", 1, listSql("unanswered")),
};

type ListRow = {
  id: string;
  title: string | null;
  createdAt: Date | string;
  answerCount: number;
  score: number;
  accepted: boolean;
  deleted: boolean;
  hidden: boolean;
  authorId: string | null;
  authorName: string | null;
  hasAuthor: boolean;
  authorIsStaff: boolean;
};

/** A question as every viewer sees it, with what the merge sorts by and who wrote it (for their hidden ones). */
type Listed = { summary: ThreadSummary; authorId: string | null; at: number };

/** The memo's entry: the first visible questions, in order; the hidden ones, in order. */
type LessonThreads = { visible: Listed[]; hidden: Listed[] };

function listed(row: ListRow): Listed {
  return {
    summary: {
      id: row.id,
      title: row.deleted ? "Question deleted by its author" : (row.title ?? ""),
      author: row.deleted ? "" : authorLabel(row.hasAuthor ? { name: row.authorName } : null),
      authorIsStaff: row.authorIsStaff,
      createdAt: new Date(row.createdAt).toISOString(),
      answerCount: row.answerCount,
      score: row.score,
      accepted: row.accepted,
      state: row.deleted ? "deleted" : row.hidden ? "hidden" : "visible",
    },
    authorId: row.authorId,
    at: new Date(row.createdAt).getTime(),
  };
}

const byId = (a: Listed, b: Listed) => (a.summary.id < b.summary.id ? 1 : a.summary.id > b.summary.id ? -1 : 0);
const newestFirst = (a: Listed, b: Listed) => b.at - a.at || byId(a, b);
const COMPARE: Record<ThreadSort, (a: Listed, b: Listed) => number> = {
  newest: newestFirst,
  top: (a, b) => b.summary.score - a.summary.score || newestFirst(a, b),
  unanswered: (a, b) => a.summary.answerCount - b.summary.answerCount || newestFirst(a, b),
};

function lessonThreads(lessonId: string, sort: ThreadSort): Promise<LessonThreads> {
  return memoize(
    memoKeys.qaList(lessonId, sort),
    async () => {
      const rows = (await runPrepared<ListRow>(LIST_QUERIES[sort], [lessonId])).map((row) => ({
        row,
        item: listed(row),
      }));
      return {
        visible: rows.filter(({ row }) => !row.hidden).map(({ item }) => item),
        hidden: rows.filter(({ row }) => row.hidden).map(({ item }) => item),
      };
    },
    MEMO_MS,
  );
}

/**
 * The lesson's first 50 questions in `sort` order as this viewer may see them: hidden ones only for the course's
 * staff and for their author. The caller has checked the viewer's access to the lesson.
 */
export async function lessonThreadSummaries(
  lessonId: string,
  sort: ThreadSort,
  viewer: { id: string | null; staff: boolean },
): Promise<ThreadSummary[]> {
  const { visible, hidden } = await lessonThreads(lessonId, sort);
  const theirs = viewer.staff ? hidden : hidden.filter((item) => viewer.id !== null && item.authorId === viewer.id);
  const picked = theirs.length === 0 ? visible : [...visible, ...theirs].sort(COMPARE[sort]);
  return picked.slice(0, THREAD_LIST_LIMIT).map((item) => item.summary);
}
