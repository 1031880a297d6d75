// The studio's schedule editor as actions: the course's instructors and admins only (mentors and everyone else
// hear the same as for no cohort, as in the rest of the cohort domain). A new or cancelled session reaches
// members' calendars through the invites job, run after the answer as after any session edit.
import type { ActionDefinition } from "../actions/run-action";
import { SIGNED_IN } from "../auth/action-access";
import { cohortIdSchema } from "./schema";
import { addSeriesSchema, addSessionSchema, cancelSeriesSchema } from "./schedule-schema";
import {
  addCohortSeries,
  addCohortSession,
  cancelSeriesFrom,
  getCohortSchedule,
  type CohortSchedule,
} from "./schedule-service";
import { sendDueCohortInvites } from "./send-invites";

const mailCalendarUpdates = () => sendDueCohortInvites().then(() => undefined);

/** GET /studio/cohorts/[cohortId]/schedule. */
export const cohortScheduleDefinition = {
  schema: cohortIdSchema,
  auth: SIGNED_IN,
  handler: ({ cohortId }, { user }) => getCohortSchedule(user, cohortId),
} satisfies ActionDefinition<typeof cohortIdSchema, typeof SIGNED_IN, CohortSchedule>;

export const addSessionDefinition = {
  schema: addSessionSchema,
  auth: SIGNED_IN,
  handler: async (input, { user, defer }) => {
    const added = await addCohortSession(user, input);
    await defer(mailCalendarUpdates);
    return added;
  },
} satisfies ActionDefinition<
  typeof addSessionSchema,
  typeof SIGNED_IN,
  { cohortId: string; sessionId: string; created: number }
>;

export const addSeriesDefinition = {
  schema: addSeriesSchema,
  auth: SIGNED_IN,
  handler: async (input, { user, defer }) => {
    const added = await addCohortSeries(user, input);
    await defer(mailCalendarUpdates);
    return added;
  },
} satisfies ActionDefinition<
  typeof addSeriesSchema,
  typeof SIGNED_IN,
  { cohortId: string; seriesId: string; created: number }
>;

export const cancelSeriesDefinition = {
  schema: cancelSeriesSchema,
  auth: SIGNED_IN,
  handler: async ({ sessionId }, { user, defer }) => {
    const cancelled = await cancelSeriesFrom(user, sessionId);
    await defer(mailCalendarUpdates);
    return cancelled;
  },
} satisfies ActionDefinition<
  typeof cancelSeriesSchema,
  typeof SIGNED_IN,
  { cohortId: string; seriesId: string; cancelled: number }
>;
