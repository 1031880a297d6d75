// The definitions behind the Q&A's JSON routes (GET, per view, never cached), exported for the matrix test.
import type { ActionDefinition } from "../actions/run-action";
import { SIGNED_IN } from "../auth/action-access";
import { getBoard } from "./board";
import { reportedPostsForStaff, type ReportedPost } from "./moderation-queue";
import { QaNotFoundError } from "./errors";
import { getThread, listThreads, similarQuestions } from "./queries";
import { boardSchema, emptySchema, similarSchema, threadListSchema, threadSchema } from "./schema";
import { similarTsQuery } from "./rules";

// null: the lesson or thread does not exist for this viewer; the route answers 404 (the same for both).
type Threads = Awaited<ReturnType<typeof listThreads>>;
type Thread = Awaited<ReturnType<typeof getThread>>;
type Similar = Awaited<ReturnType<typeof similarQuestions>>;

export const lessonThreadsDefinition: ActionDefinition<typeof threadListSchema, "public", Threads> = {
  schema: threadListSchema,
  auth: "public",
  handler: async ({ lessonId, sort }, { user }) => {
    return listThreads(user, lessonId, sort);
  },
};

export const threadDefinition: ActionDefinition<typeof threadSchema, "public", Thread> = {
  schema: threadSchema,
  auth: "public",
  handler: async ({ questionId }, { user }) => {
    return getThread(user, questionId);
  },
};

/** A JSON route's answer for a definition above: 404 when it found nothing the viewer may see. */
export function qaJson(data: unknown): Response {
  const headers = { "Cache-Control": "no-store" };
  if (data === null)
    return Response.json(
      { ok: false, error: "This question could not be found. Reload the page.", code: "FAILED" },
      { status: 404, headers },
    );
  return Response.json({ ok: true, data }, { headers });
}

export const similarQuestionsDefinition: ActionDefinition<typeof similarSchema, "user", Similar> = {
  schema: similarSchema,
  auth: "user",
  rateLimit: (_input, { user }) => [["qa-similar-user", user.id]],
  handler: async ({ lessonId, q }, { user }) => {
    return similarQuestions(user, lessonId, similarTsQuery(q));
  },
};

type Board = NonNullable<Awaited<ReturnType<typeof getBoard>>>;

/** GET /cohorts/[id]/board: the cohort's members and its staff; anyone else the same refusal as for no cohort. */
export const cohortBoardDefinition: ActionDefinition<typeof boardSchema, typeof SIGNED_IN, Board> = {
  schema: boardSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId }, { user }) => {
    const board = await getBoard(user, cohortId);
    if (!board) throw new QaNotFoundError();
    return board;
  },
};

/** GET /studio/reports: the posts with open reports that this person may hide; empty for anyone else. */
export const moderationQueueDefinition: ActionDefinition<typeof emptySchema, typeof SIGNED_IN, ReportedPost[]> = {
  schema: emptySchema,
  auth: SIGNED_IN,
  handler: async (_input, { user }) => reportedPostsForStaff(user),
};
