// The review-call endpoints as definitions: the project page, the review screen and the actions call these, and
// so does the authorization matrix.
import type { ActionDefinition } from "../actions/run-action";
import { SIGNED_IN } from "../auth/action-access";
import { staffOfCohortOrThrow, submissionForViewerOrThrow } from "../projects/access";
import { NO_SUCH_PROJECT_MESSAGE, ProjectError } from "../projects/errors";
import { callsForSubmission, getReviewCallPanel, upcomingCallsOfCohort } from "./queries";
import {
  bookReviewCallSchema,
  cancelReviewCallSchema,
  cohortCallsSchema,
  reviewCallPanelSchema,
  submissionCallsSchema,
} from "./schema";
import { bookReviewCall, cancelReviewCall } from "./service";

/** The project page's review-call panel: a member's own submission, for a project that asks for a call. */
export const reviewCallPanelDefinition = {
  schema: reviewCallPanelSchema,
  auth: SIGNED_IN,
  handler: (input, { user }) => getReviewCallPanel(user, input),
} satisfies ActionDefinition<
  typeof reviewCallPanelSchema,
  typeof SIGNED_IN,
  Awaited<ReturnType<typeof getReviewCallPanel>>
>;

/** bookReviewCallAction: book a call with one of the cohort's mentors, or move the live one. */
export const bookReviewCallDefinition = {
  schema: bookReviewCallSchema,
  auth: SIGNED_IN,
  handler: (input, { user }) => bookReviewCall(user, input),
} satisfies ActionDefinition<typeof bookReviewCallSchema, typeof SIGNED_IN, Awaited<ReturnType<typeof bookReviewCall>>>;

/** cancelReviewCallAction: the learner cancels their call (until the mentor's change cut-off). */
export const cancelReviewCallDefinition = {
  schema: cancelReviewCallSchema,
  auth: SIGNED_IN,
  handler: ({ submissionId }, { user }) => cancelReviewCall(user, submissionId),
} satisfies ActionDefinition<
  typeof cancelReviewCallSchema,
  typeof SIGNED_IN,
  Awaited<ReturnType<typeof cancelReviewCall>>
>;

/** The review screen's calls for a submission: its cohort's staff only. */
export const submissionCallsDefinition = {
  schema: submissionCallsSchema,
  auth: SIGNED_IN,
  handler: async ({ submissionId }, { user }) => {
    const { viewer } = await submissionForViewerOrThrow(user, submissionId);
    // The same words as the review screen gives anyone but staff.
    if (viewer.kind !== "staff") throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
    return callsForSubmission(submissionId);
  },
} satisfies ActionDefinition<
  typeof submissionCallsSchema,
  typeof SIGNED_IN,
  Awaited<ReturnType<typeof callsForSubmission>>
>;

/** The review queue's upcoming calls of the cohort: its staff only. */
export const cohortCallsDefinition = {
  schema: cohortCallsSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId }, { user }) => {
    await staffOfCohortOrThrow(user, cohortId);
    return upcomingCallsOfCohort(cohortId);
  },
} satisfies ActionDefinition<
  typeof cohortCallsSchema,
  typeof SIGNED_IN,
  Awaited<ReturnType<typeof upcomingCallsOfCohort>>
>;
