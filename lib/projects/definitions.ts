// The project endpoints as definitions: the pages, the submit route, the review action and the file download
// all call these, and so does the authorization matrix.
import type { ActionDefinition } from "../actions/run-action";
import { SIGNED_IN } from "../auth/action-access";
import { cohortViewer } from "./access";
import { gradebookCsv } from "./gradebook";
import { getGradebook } from "./gradebook-queries";
import { cohortProjectsFor, getProjectPage, getReviewScreen, submissionFileFor } from "./queries";
import { saveReview } from "./review-service";
import { cohortQueueSchema, projectIdSchema, reviewSchema, submissionIdSchema, submitSchema } from "./schema";
import { submitProject } from "./submit-service";
import { NO_SUCH_PROJECT_MESSAGE, ProjectError } from "./errors";

/** GET /cohorts/[id]/projects/[projectId]: the brief, rubric and deadline; a member's own history. */
export const projectPageDefinition = {
  schema: projectIdSchema,
  auth: SIGNED_IN,
  handler: ({ cohortId, projectId }, { user }) => getProjectPage(user, cohortId, projectId),
} satisfies ActionDefinition<typeof projectIdSchema, typeof SIGNED_IN, Awaited<ReturnType<typeof getProjectPage>>>;

/** POST /api/cohorts/submissions (multipart): a member submits or resubmits. */
export const submitProjectDefinition = {
  schema: submitSchema,
  auth: SIGNED_IN,
  handler: (input, { user }) => submitProject(user, input),
} satisfies ActionDefinition<typeof submitSchema, typeof SIGNED_IN, Awaited<ReturnType<typeof submitProject>>>;

/** GET /cohorts/[id]/reviews/[submissionId]: the review screen (staff only). */
export const reviewScreenDefinition = {
  schema: submissionIdSchema,
  auth: SIGNED_IN,
  handler: ({ submissionId }, { user }) => getReviewScreen(user, submissionId),
} satisfies ActionDefinition<typeof submissionIdSchema, typeof SIGNED_IN, Awaited<ReturnType<typeof getReviewScreen>>>;

/** saveReviewAction: scores, comment and decision under the review's optimistic lock. */
export const saveReviewDefinition = {
  schema: reviewSchema,
  auth: SIGNED_IN,
  handler: (input, { user }) => saveReview(user, input),
} satisfies ActionDefinition<typeof reviewSchema, typeof SIGNED_IN, Awaited<ReturnType<typeof saveReview>>>;

/** GET /cohorts/[id]/submissions/[submissionId]/file: the upload, for its author and the cohort's staff. */
export const submissionFileDefinition = {
  schema: submissionIdSchema,
  auth: SIGNED_IN,
  handler: async ({ submissionId }, { user }) => {
    const file = await submissionFileFor(user, submissionId);
    if (!file) throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
    return file;
  },
} satisfies ActionDefinition<typeof submissionIdSchema, typeof SIGNED_IN, { key: string; name: string; mime: string }>;

/** The cohort home's project list: deadlines, and for a member their latest state. */
export const cohortProjectsDefinition = {
  schema: cohortQueueSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId }, { user }) => {
    const viewer = await cohortViewer(user, cohortId);
    if (!viewer) throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
    return {
      viewer: viewer.kind,
      projects: await cohortProjectsFor(viewer.kind === "member" ? user.id : "", cohortId),
    };
  },
} satisfies ActionDefinition<
  typeof cohortQueueSchema,
  typeof SIGNED_IN,
  { viewer: "member" | "staff"; projects: Awaited<ReturnType<typeof cohortProjectsFor>> }
>;

/** GET /cohorts/[id]/gradebook: the roster with progress, attendance, projects and risk (staff only). */
export const gradebookDefinition = {
  schema: cohortQueueSchema,
  auth: SIGNED_IN,
  handler: ({ cohortId }, { user }) => getGradebook(user, cohortId),
} satisfies ActionDefinition<typeof cohortQueueSchema, typeof SIGNED_IN, Awaited<ReturnType<typeof getGradebook>>>;

/** GET /cohorts/[id]/gradebook/export: the same as CSV. */
export const gradebookCsvDefinition = {
  schema: cohortQueueSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId }, { user }) => {
    const book = await getGradebook(user, cohortId);
    return { title: book.cohort.title, csv: gradebookCsv(book.rows, book.projects, book.sessionsHeld) };
  },
} satisfies ActionDefinition<typeof cohortQueueSchema, typeof SIGNED_IN, { title: string; csv: string }>;
