"use server";
// Server actions for the learner: zod → session → service → revalidate (via the shared wrapper).
// Nothing is revalidated here. Course and lesson pages are the same for everyone, and the learner's part of
// them is loaded in the browser (the buttons below ask it to reload after a change); the dashboard renders
// per request and the client router keeps no copy of dynamic pages (staleTimes.dynamic is 0). A
// revalidatePath in an action also makes the browser drop its whole prefetch cache and ask again segment by
// segment, which Next answers with 404 for our cached (non-PPR) lesson pages: the "?_rsc=" 404s of issue #14.
import { createAction } from "../actions/server-action";
import { countEnrolment } from "../observability/metrics";
import { checkExerciseDefinition, submitExerciseDefinition } from "./definitions";
import * as learning from "./mutations";
import { saveServiceFileDraft } from "./service/service-drafts";
import {
  completeLessonSchema,
  enrollSchema,
  joinWaitlistSchema,
  lessonRefSchema,
  saveServiceFileSchema,
  submitQuizSchema,
  videoPositionSchema,
} from "./schema";

export const enrollAction = createAction({
  schema: enrollSchema,
  auth: "user",
  handler: async ({ courseSlug }, { user }) => {
    const result = await learning.enrollInFreeCourse(user.id, courseSlug);
    if (!result.alreadyEnrolled) countEnrolment();
    return result;
  },
});

export const joinWaitlistAction = createAction({
  schema: joinWaitlistSchema,
  auth: "user",
  handler: async ({ courseSlug, cohortId }, { user }) => {
    return learning.joinWaitlist(user.id, courseSlug, cohortId);
  },
});

export const completeLessonAction = createAction({
  schema: completeLessonSchema,
  auth: "user",
  handler: async ({ lessonId, method }, { user }) => {
    return learning.completeLesson(user.id, lessonId, method);
  },
});

export const submitQuizAction = createAction({
  schema: submitQuizSchema,
  auth: "user",
  rateLimit: ({ lessonId }, { user }) => [["quiz-attempt-user", `${user.id}:${lessonId}`]],
  handler: async ({ lessonId, answers }, { user }) => {
    return learning.submitQuiz(user.id, lessonId, answers);
  },
});

export const recordLessonViewAction = createAction({
  schema: lessonRefSchema,
  auth: "user",
  handler: async ({ lessonId }, { user }) => {
    await learning.recordLessonView(user.id, lessonId);
    return null;
  },
});

export const saveVideoPositionAction = createAction({
  schema: videoPositionSchema,
  auth: "user",
  handler: async ({ lessonId, seconds }, { user }) => {
    await learning.saveVideoPosition(user.id, lessonId, seconds);
    return null;
  },
});

/** One file of a small-service project as the enrolled learner types it (sent a moment after the last key). */
export const saveServiceFileAction = createAction({
  schema: saveServiceFileSchema,
  auth: "user",
  handler: async ({ lessonId, path, source }, { user }) => saveServiceFileDraft(user.id, lessonId, path, source),
});

/** An enrolled learner's answer: checked on the server, saved, and completing the lesson on a pass. */
export const submitExerciseAction = createAction(submitExerciseDefinition);

/** A visitor practising a free-preview exercise: the same check, nothing saved. */
export const checkExerciseAction = createAction(checkExerciseDefinition);
