// Reading a lesson's Q&A as one viewer sees it: what is hidden, deleted or locked is decided here, per post.
import { db } from "../db/client";
import { renderMarkdownCached } from "../content/render-markdown";
import { lessonAccess, placeAccess, type PlaceAccess } from "./access";
import { courseStaffIdsIn } from "./members";
import { lessonThreadSummaries } from "./thread-list";
import type { Caller } from "./post-access";
import { authorLabel, isExerciseKind, maySeeAttempt, type ThreadSort } from "./rules";

export type Viewer = { signedIn: boolean; member: boolean; staff: boolean; canPost: boolean };

export type ThreadSummary = {
  id: string;
  title: string;
  author: string;
  authorIsStaff: boolean;
  createdAt: string;
  answerCount: number;
  score: number;
  accepted: boolean;
  state: PostState;
};

export type PostState = "visible" | "deleted" | "hidden";

export type PostView = {
  id: string;
  author: string;
  authorIsStaff: boolean;
  mine: boolean;
  createdAt: string;
  edited: boolean;
  state: PostState;
  /** Sanitised HTML; null when the viewer may not read the words (deleted, or hidden from them). */
  html: string | null;
  /** The writer's own Markdown, for their edit form. */
  source: string | null;
  score: number;
  voted: boolean;
};

export type ThreadView = {
  viewer: Viewer;
  /** Where the thread lives: a cohort board's thread can be pinned by that cohort's staff. */
  cohort: { id: string; title: string } | null;
  question: PostView & {
    title: string;
    pinned: boolean;
    attempt: null | { locked: true } | { locked: false; code: string; language: string | null };
    canAccept: boolean;
    follow: "follow" | "mute" | "none";
  };
  answers: (PostView & { accepted: boolean })[];
};

export function viewerOf(caller: Caller | null, access: PlaceAccess): Viewer {
  return { signedIn: caller !== null, member: access.member, staff: access.staff, canPost: access.member };
}

function stateOf(post: { deletedAt: Date | null; hiddenAt: Date | null }): PostState {
  return post.deletedAt ? "deleted" : post.hiddenAt ? "hidden" : "visible";
}

const AUTHOR = { select: { id: true, name: true, role: true } } as const;

export async function listThreads(
  caller: Caller | null,
  lessonId: string,
  sort: ThreadSort,
): Promise<{ viewer: Viewer; threads: ThreadSummary[] } | null> {
  const access = await lessonAccess(caller, lessonId);
  if (!access?.canRead) return null;
  return {
    viewer: viewerOf(caller, access),
    threads: await lessonThreadSummaries(lessonId, sort, { id: caller?.id ?? null, staff: access.staff }),
  };
}

function isStaffAuthor(author: { id: string; role: string } | null, staffIds: Set<string>) {
  return author !== null && (author.role === "ADMIN" || staffIds.has(author.id));
}

const POST_FIELDS = {
  id: true,
  authorId: true,
  body: true,
  createdAt: true,
  updatedAt: true,
  editedAt: true,
  deletedAt: true,
  hiddenAt: true,
  score: true,
  author: AUTHOR,
} as const;

export async function getThread(caller: Caller | null, questionId: string): Promise<ThreadView | null> {
  const question = await db.qaPost.findUnique({
    where: { id: questionId },
    select: {
      ...POST_FIELDS,
      title: true,
      lessonId: true,
      cohortId: true,
      pinnedAt: true,
      questionId: true,
      attemptCode: true,
      attemptLanguage: true,
      attemptSolves: true,
      acceptedAnswerId: true,
      answers: { select: POST_FIELDS, orderBy: [{ score: "desc" }, { createdAt: "asc" }] },
    },
  });
  if (!question || question.questionId !== null) return null;
  const access = await placeAccess(caller, question);
  if (!access?.canRead) return null;
  const hiddenFromViewer = question.hiddenAt && !access.staff && question.authorId !== caller?.id;
  if (hiddenFromViewer) return null;
  const ids = [question.id, ...question.answers.map((a) => a.id)];
  const [staffIds, votes, follow, solved] = await Promise.all([
    courseStaffIdsIn(db, access.course.id),
    caller ? db.qaVote.findMany({ where: { userId: caller.id, postId: { in: ids } }, select: { postId: true } }) : [],
    caller ? db.qaFollow.findUnique({ where: { questionId_userId: { questionId, userId: caller.id } } }) : null,
    caller && question.attemptSolves && access.lesson && isExerciseKind(access.lesson.kind)
      ? db.lessonProgress.count({
          where: { userId: caller.id, lessonId: access.lesson.id, completedAt: { not: null } },
        })
      : 0,
  ]);
  const voted = new Set(votes.map((v) => v.postId));
  const view = async (post: (typeof question.answers)[number]): Promise<PostView> => {
    const state = stateOf(post);
    const readable = state === "visible" || (state === "hidden" && (access.staff || post.authorId === caller?.id));
    return {
      id: post.id,
      author: state === "deleted" ? "" : authorLabel(post.author),
      authorIsStaff: isStaffAuthor(post.author, staffIds),
      mine: caller !== null && post.authorId === caller.id,
      createdAt: post.createdAt.toISOString(),
      edited: post.editedAt !== null,
      state,
      html: readable
        ? (await renderMarkdownCached(`qa:${post.id}:${post.updatedAt.getTime()}`, post.body, { userContent: true }))
            .html
        : null,
      source: readable && caller !== null && post.authorId === caller.id ? post.body : null,
      score: post.score,
      voted: voted.has(post.id),
    };
  };
  const attemptVisible =
    question.attemptCode !== null &&
    maySeeAttempt(
      { solves: question.attemptSolves, authorId: question.authorId },
      { id: caller?.id ?? null, staff: access.staff, solved: solved > 0 },
    );
  const answers = await Promise.all(
    question.answers
      .filter((a) => !(a.hiddenAt && !access.staff && a.authorId !== caller?.id))
      .map(async (a) => ({ ...(await view(a)), accepted: a.id === question.acceptedAnswerId })),
  );
  answers.sort((a, b) => Number(b.accepted) - Number(a.accepted));
  return {
    viewer: viewerOf(caller, access),
    cohort: access.cohort,
    question: {
      ...(await view(question)),
      title: question.deletedAt ? "Question deleted by its author" : (question.title ?? ""),
      pinned: question.pinnedAt !== null,
      attempt:
        question.attemptCode === null
          ? null
          : attemptVisible
            ? { locked: false, code: question.attemptCode, language: question.attemptLanguage }
            : { locked: true },
      // A cohort board's threads are conversations: no accepted answer there.
      canAccept:
        caller !== null && !access.cohort && access.member && (question.authorId === caller.id || access.staff),
      follow: follow ? (follow.muted ? "mute" : "follow") : "none",
    },
    answers,
  };
}

/** Questions of the same course whose words match what is being typed (PostgreSQL full-text, ranked). */
export async function similarQuestions(
  caller: Caller | null,
  lessonId: string,
  tsquery: string | null,
): Promise<{ id: string; title: string; lessonSlug: string; lessonTitle: string; answered: boolean }[] | null> {
  const access = await lessonAccess(caller, lessonId);
  if (!access?.canRead) return null;
  if (!tsquery) return [];
  // A visitor on a free-preview lesson sees suggestions from free-preview lessons only: never a paid thread.
  const previewOnly = !access.member;
  return db.$queryRawUnsafe(
    `SELECT q.id, q.title, l.slug AS "lessonSlug", l.title AS "lessonTitle", q."answerCount" > 0 AS answered
       FROM "QaPost" q JOIN "Lesson" l ON l.id = q."lessonId"
      WHERE q."courseId" = $1 AND q."questionId" IS NULL AND q."deletedAt" IS NULL AND q."hiddenAt" IS NULL
        AND ($3::boolean = false OR l."freePreview")
        AND to_tsvector('english', coalesce(q.title, '') || ' ' || q.body) @@ to_tsquery('english', $2)
      ORDER BY ts_rank(setweight(to_tsvector('english', coalesce(q.title, '')), 'A') ||
                       setweight(to_tsvector('english', q.body), 'D'), to_tsquery('english', $2)) DESC,
               q."createdAt" DESC
      LIMIT 5`,
    access.course.id,
    tsquery,
    previewOnly,
  );
}
