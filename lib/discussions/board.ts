// A cohort's board as one viewer sees it: the cohort's announcements (read from the cohort's own table, shown
// as pinned staff posts), then pinned threads, then the rest, newest first. Members and that cohort's staff only.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { cohortAccess } from "./access";
import { courseStaffIdsIn } from "./members";
import type { Caller } from "./post-access";
import { viewerOf, type ThreadSummary, type Viewer } from "./queries";
import { authorLabel } from "./rules";

export type BoardAnnouncement = { id: string; title: string; body: string; author: string; createdAt: string };

export type BoardView = {
  viewer: Viewer;
  cohort: { id: string; title: string };
  course: { slug: string; title: string };
  announcements: BoardAnnouncement[];
  pinned: (ThreadSummary & { pinned: true })[];
  threads: (ThreadSummary & { pinned: false })[];
};

const BOARD_LIMIT = 100;
const ANNOUNCEMENT_LIMIT = 20;

export async function getBoard(caller: Caller, cohortId: string): Promise<BoardView | null> {
  const access = await cohortAccess(caller, cohortId);
  if (!access) return null;
  const where: Prisma.QaPostWhereInput = {
    cohortId,
    questionId: null,
    NOT: { deletedAt: { not: null }, answerCount: 0 },
    ...(access.staff ? {} : { OR: [{ hiddenAt: null }, { authorId: caller.id }] }),
  };
  const [rows, announcements, staffIds] = await Promise.all([
    db.qaPost.findMany({
      where,
      orderBy: [{ pinnedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
      take: BOARD_LIMIT,
      select: {
        id: true,
        title: true,
        createdAt: true,
        answerCount: true,
        score: true,
        acceptedAnswerId: true,
        deletedAt: true,
        hiddenAt: true,
        pinnedAt: true,
        author: { select: { id: true, name: true, role: true } },
      },
    }),
    db.cohortAnnouncement.findMany({
      where: { cohortId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ANNOUNCEMENT_LIMIT,
      select: { id: true, title: true, body: true, createdAt: true, author: { select: { name: true } } },
    }),
    courseStaffIdsIn(db, access.course.id),
  ]);
  const summary = (row: (typeof rows)[number]): ThreadSummary => ({
    id: row.id,
    title: row.deletedAt ? "Thread deleted by its author" : (row.title ?? ""),
    author: row.deletedAt ? "" : authorLabel(row.author),
    authorIsStaff: row.author !== null && (row.author.role === "ADMIN" || staffIds.has(row.author.id)),
    createdAt: row.createdAt.toISOString(),
    answerCount: row.answerCount,
    score: row.score,
    accepted: row.acceptedAnswerId !== null,
    state: row.deletedAt ? "deleted" : row.hiddenAt ? "hidden" : "visible",
  });
  return {
    viewer: viewerOf(caller, access),
    cohort: access.cohort,
    course: { slug: access.course.slug, title: access.course.title },
    announcements: announcements.map((a) => ({
      id: a.id,
      title: a.title,
      body: a.body,
      author: a.author?.name?.trim() || "The cohort's staff",
      createdAt: a.createdAt.toISOString(),
    })),
    pinned: rows.filter((row) => row.pinnedAt).map((row) => ({ ...summary(row), pinned: true as const })),
    threads: rows.filter((row) => !row.pinnedAt).map((row) => ({ ...summary(row), pinned: false as const })),
  };
}
