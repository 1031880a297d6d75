"use server";
// Server actions for the learner: zod → session → service → revalidate (via the shared wrapper).
// Course and lesson pages are not revalidated here: they are the same for everyone, and the learner's
// part of them is loaded in the browser (the buttons below ask it to reload after a change).
import { revalidatePath } from "next/cache";
import { ActionFailure } from "../auth/action";
import { createAction } from "../auth/create-action";
import { LearningError } from "./errors";
import * as learning from "./mutations";
import { completeLessonSchema, enrollSchema, joinWaitlistSchema, lessonRefSchema, submitQuizSchema, videoPositionSchema } from "./schema";

/** Turns a service refusal into the sentence the learner sees. */
async function refusalsAsFailures<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LearningError) throw new ActionFailure(error.message);
    throw error;
  }
}

export const enrollAction = createAction({
  schema: enrollSchema,
  auth: "user",
  handler: async ({ courseSlug }, { user }) => {
    const result = await refusalsAsFailures(() => learning.enrollInFreeCourse(user.id, courseSlug));
    revalidatePath("/dashboard");
    return result;
  },
});

export const joinWaitlistAction = createAction({
  schema: joinWaitlistSchema,
  auth: "user",
  handler: async ({ courseSlug, cohortId }, { user }) => {
    return refusalsAsFailures(() => learning.joinWaitlist(user.id, courseSlug, cohortId));
  },
});

export const completeLessonAction = createAction({
  schema: completeLessonSchema,
  auth: "user",
  handler: async ({ lessonId, method }, { user }) => {
    const result = await refusalsAsFailures(() => learning.completeLesson(user.id, lessonId, method));
    revalidatePath("/dashboard");
    return result;
  },
});

export const submitQuizAction = createAction({
  schema: submitQuizSchema,
  auth: "user",
  handler: async ({ lessonId, answers }, { user }) => {
    const result = await refusalsAsFailures(() => learning.submitQuiz(user.id, lessonId, answers));
    if (result.passed) {
      revalidatePath("/dashboard");
    }
    return result;
  },
});

export const recordLessonViewAction = createAction({
  schema: lessonRefSchema,
  auth: "user",
  handler: async ({ lessonId }, { user }) => {
    await refusalsAsFailures(() => learning.recordLessonView(user.id, lessonId));
    return null;
  },
});

export const saveVideoPositionAction = createAction({
  schema: videoPositionSchema,
  auth: "user",
  handler: async ({ lessonId, seconds }, { user }) => {
    await refusalsAsFailures(() => learning.saveVideoPosition(user.id, lessonId, seconds));
    return null;
  },
});
