import type { ActionDefinition } from "../actions/run-action";
import { SIGNED_IN } from "../auth/action-access";
import { CohortError, NO_SUCH_COHORT_MESSAGE } from "./errors";
import { getCohortHome, type CohortHome } from "./queries";
import { cohortIdSchema } from "./schema";

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
