// The definition behind GET /api/reviews/mine, exported so the authorization matrix can call it.
import type { ActionDefinition } from "../actions/run-action";
import { DomainError } from "../actions/errors";
import { getMyReviewState, type MyReviewState } from "./queries";
import { myReviewQuerySchema } from "./schema";

export const myReviewDefinition: ActionDefinition<typeof myReviewQuerySchema, "user", MyReviewState> = {
  schema: myReviewQuerySchema,
  auth: "user",
  handler: async ({ course }, { user }) => {
    const state = await getMyReviewState(user, course);
    if (!state) throw new DomainError("This course could not be found.");
    return state;
  },
};
