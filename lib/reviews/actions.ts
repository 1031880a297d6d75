"use server";
// Reviews: zod → session → rate limit → service. The service drops the course page's cached copies, so the
// next view of it (anyone's) shows the change; the writer sees their own review at once from the answer.
import { createAction } from "../actions/server-action";
import { replyToReviewSchema, saveReviewSchema, setReviewHiddenSchema } from "./schema";
import { replyToReview, saveReview, setReviewHidden } from "./service";

export const saveReviewAction = createAction({
  schema: saveReviewSchema,
  auth: "user",
  rateLimit: (_input, { user }) => [["review-write-user", user.id]],
  handler: (input, { user }) => saveReview(user.id, input),
});

export const replyToReviewAction = createAction({
  schema: replyToReviewSchema,
  auth: ["INSTRUCTOR", "ADMIN"],
  rateLimit: (_input, { user }) => [["review-write-user", user.id]],
  handler: async ({ reviewId, reply }, { user }) => {
    await replyToReview(user.id, reviewId, reply);
    return null;
  },
});

export const setReviewHiddenAction = createAction({
  schema: setReviewHiddenSchema,
  auth: ["ADMIN"],
  handler: async ({ reviewId, hidden, reason }, { user, ip }) => {
    await setReviewHidden(user.id, reviewId, hidden, ip, reason);
    return { hidden };
  },
});
