import type { ActionDefinition } from "../actions/run-action";
import { SIGNED_IN } from "../auth/action-access";
import { CohortError, NO_SUCH_COHORT_MESSAGE } from "./errors";
import { getCohortHome, type CohortHome } from "./queries";
import { calendarFeedLinks, readCalendarFeed, resetCalendarFeed, type CalendarFeedLinks } from "./feed-service";
import { cohortIdSchema, feedTokenSchema } from "./schema";

/** GET /cohorts/[id]: the cohort home, for members only (anyone else gets the same refusal as for no cohort). */
export const cohortHomeDefinition = {
  schema: cohortIdSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId }, { user }) => {
    const home = await getCohortHome(user.id, cohortId);
    if (!home) throw new CohortError(NO_SUCH_COHORT_MESSAGE);
    return home;
  },
} satisfies ActionDefinition<typeof cohortIdSchema, typeof SIGNED_IN, CohortHome>;

/** The member's calendar feed links (made on first ask); anyone else, the same refusal as for no cohort. */
export const calendarFeedLinksDefinition = {
  schema: cohortIdSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId }, { user }) => {
    const links = await calendarFeedLinks(user.id, cohortId);
    if (!links) throw new CohortError(NO_SUCH_COHORT_MESSAGE);
    return links;
  },
} satisfies ActionDefinition<typeof cohortIdSchema, typeof SIGNED_IN, CalendarFeedLinks>;

/** "Reset my link": the old feed URL stops answering; the answer carries the new one. */
export const resetCalendarFeedDefinition = {
  schema: cohortIdSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId }, { user }) => {
    const links = await resetCalendarFeed(user.id, cohortId);
    if (!links) throw new CohortError(NO_SUCH_COHORT_MESSAGE);
    return links;
  },
} satisfies ActionDefinition<typeof cohortIdSchema, typeof SIGNED_IN, CalendarFeedLinks>;

/** GET /calendar/[token]/cohort.ics: public, the signed token is the credential; null answers 404. */
export const calendarFeedDefinition = {
  schema: feedTokenSchema,
  auth: "public",
  handler: async ({ token }) => readCalendarFeed(token),
} satisfies ActionDefinition<typeof feedTokenSchema, "public", string | null>;
