"use server";
// Lesson Q&A: zod → session → rate limit → service. Membership and staff checks live in the services, on
// the post's own course; posting spends the account's hourly allowance there (lower for new accounts).
import { createAction } from "../actions/server-action";
import { SIGNED_IN } from "../auth/action-access";
import { setThreadPinned, startBoardThread } from "./board-service";
import { setPostHidden } from "./moderation-service";
import { answerQuestion, askQuestion, deleteOwnPost, editPost } from "./posts-service";
import { acceptAnswer, reportPost, setFollow, votePost } from "./reactions-service";
import {
  acceptSchema,
  answerSchema,
  askSchema,
  boardThreadSchema,
  editPostSchema,
  followSchema,
  hideSchema,
  pinSchema,
  postIdSchema,
  reportSchema,
  voteSchema,
} from "./schema";

export const askQuestionAction = createAction({
  schema: askSchema,
  auth: SIGNED_IN,
  handler: (input, { user }) => askQuestion(user, input),
});

export const answerQuestionAction = createAction({
  schema: answerSchema,
  auth: SIGNED_IN,
  handler: (input, { user }) => answerQuestion(user, input),
});

export const editPostAction = createAction({
  schema: editPostSchema,
  auth: SIGNED_IN,
  rateLimit: (_input, { user }) => [["qa-react-user", user.id]],
  handler: (input, { user }) => editPost(user, input),
});

export const deletePostAction = createAction({
  schema: postIdSchema,
  auth: SIGNED_IN,
  handler: ({ postId }, { user }) => deleteOwnPost(user, postId),
});

export const votePostAction = createAction({
  schema: voteSchema,
  auth: SIGNED_IN,
  rateLimit: (_input, { user }) => [["qa-react-user", user.id]],
  handler: ({ postId, up }, { user }) => votePost(user, postId, up),
});

export const acceptAnswerAction = createAction({
  schema: acceptSchema,
  auth: SIGNED_IN,
  handler: ({ answerId }, { user }) => acceptAnswer(user, answerId),
});

export const followThreadAction = createAction({
  schema: followSchema,
  auth: SIGNED_IN,
  rateLimit: (_input, { user }) => [["qa-react-user", user.id]],
  handler: ({ questionId, mode }, { user }) => setFollow(user, questionId, mode),
});

export const reportPostAction = createAction({
  schema: reportSchema,
  auth: SIGNED_IN,
  rateLimit: (_input, { user }) => [["qa-react-user", user.id]],
  handler: ({ postId, reason }, { user }) => reportPost(user, postId, reason),
});

export const setPostHiddenAction = createAction({
  schema: hideSchema,
  auth: SIGNED_IN,
  handler: (input, { user, ip }) => setPostHidden(user, input, ip),
});

export const startBoardThreadAction = createAction({
  schema: boardThreadSchema,
  auth: SIGNED_IN,
  handler: (input, { user }) => startBoardThread(user, input),
});

export const setThreadPinnedAction = createAction({
  schema: pinSchema,
  auth: SIGNED_IN,
  rateLimit: (_input, { user }) => [["qa-react-user", user.id]],
  handler: (input, { user }) => setThreadPinned(user, input),
});
