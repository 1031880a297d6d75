// The exercise check, defined once for the server action (the lesson page) and the JSON endpoint
// (POST /api/exercises/check, which answers 429 with Retry-After when checks are busy).
import type { ActionDefinition } from "../actions/run-action";
import { checkPreviewExercise, submitExercise, type ExerciseSubmission } from "./exercise-submission";
import { submitExerciseSchema } from "./schema";

/** An enrolled learner's answer: checked on the server, saved, and completing the lesson on a pass. */
export const submitExerciseDefinition = {
  schema: submitExerciseSchema,
  auth: "user",
  rateLimit: (_input, { user, ip }) => [
    ["exercise-check-user", user.id],
    ["exercise-check-ip", ip],
  ],
  handler: async ({ lessonId, answer, language }, { user }) => submitExercise(user.id, lessonId, answer, language),
} satisfies ActionDefinition<typeof submitExerciseSchema, "user", ExerciseSubmission>;

/** A visitor practising a free-preview exercise: the same check, nothing saved. */
export const checkExerciseDefinition = {
  schema: submitExerciseSchema,
  auth: "public",
  rateLimit: (_input, { ip }) => [["exercise-check-ip", ip]],
  // A visitor's address stands in for an account: one check in flight per address.
  handler: async ({ lessonId, answer, language }, { ip }) =>
    checkPreviewExercise(lessonId, answer, language, `ip:${ip}`),
} satisfies ActionDefinition<typeof submitExerciseSchema, "public", ExerciseSubmission>;
