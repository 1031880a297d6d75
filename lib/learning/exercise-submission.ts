// Exercise submissions: the server checks the learner's answer in its sandbox, remembers it, and
// completes the lesson only when the check passes. The browser's verdict is never taken on trust.
import { db } from "../db/client";
import { kickOutbox } from "../outbox/kick";
import { LearningError } from "./errors";
import type { CodeLanguage } from "../content/schema";
import { checkExerciseAnswer, exerciseSolution, type ExerciseCheck } from "./exercise-check";
import { completeExerciseInTx, type CompletionResult } from "./mutations";
import { parseLessonExercise } from "./schema";
import { isLiveEnrollment } from "../enrolment/rules";
import { PUBLISHED_LESSON } from "../content/published";

export type ExerciseSubmission = ExerciseCheck & { completion: CompletionResult | null; solution: string | null };

export async function findExerciseLesson(lessonId: string) {
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, ...PUBLISHED_LESSON },
    select: {
      id: true,
      kind: true,
      courseId: true,
      freePreview: true,
      exercise: true,
      course: { select: { status: true } },
    },
  });
  if (!lesson || lesson.course.status !== "PUBLISHED") throw new LearningError("This lesson is not available.");
  if (lesson.kind !== "SQL_EXERCISE" && lesson.kind !== "CODE_EXERCISE")
    throw new LearningError("This lesson has no exercise.");
  const exercise = parseLessonExercise(lesson.exercise);
  if (!exercise) throw new LearningError("This exercise cannot be checked right now. Please tell us about it.");
  return { ...lesson, exercise };
}

export async function isEnrolled(userId: string, courseId: string): Promise<boolean> {
  const enrollment = await db.enrollment.findUnique({
    where: { userId_courseId: { userId, courseId } },
    select: { status: true },
  });
  return isLiveEnrollment(enrollment);
}

/** The language an answer is saved under: only exercises offered in several languages record one. */
function savedLanguage(exercise: Awaited<ReturnType<typeof findExerciseLesson>>["exercise"], language?: CodeLanguage) {
  return exercise.type === "code" && "languages" in exercise ? (language ?? exercise.languages[0]!.language) : null;
}

/** A signed-in learner's submission: checked, saved as their last answer and as an attempt, completing the lesson on a pass. */
export async function submitExercise(
  userId: string,
  lessonId: string,
  answer: string,
  language?: CodeLanguage,
): Promise<ExerciseSubmission> {
  const lesson = await findExerciseLesson(lessonId);
  if (!(await isEnrolled(userId, lesson.courseId)))
    throw new LearningError("Enrol in this course to have your answer checked and saved.");
  // The check runs outside the transaction: it takes a second or more, and holds no lock meanwhile.
  const check = await checkExerciseAnswer(lesson.exercise, answer, language, userId);
  const lastLanguage = savedLanguage(lesson.exercise, language);
  const completion = await db.$transaction(async (tx) => {
    const now = new Date();
    await tx.lessonProgress.upsert({
      where: { userId_lessonId: { userId, lessonId } },
      update: { lastAnswer: answer, lastLanguage, lastViewedAt: now },
      create: { userId, courseId: lesson.courseId, lessonId, lastAnswer: answer, lastLanguage, lastViewedAt: now },
    });
    // The upsert holds the progress row's lock, so one learner's submissions on a lesson number in turn;
    // the unique (userId, lessonId, attemptNo) key is the last guard.
    const attempts = await tx.exerciseAttempt.count({ where: { userId, lessonId } });
    await tx.exerciseAttempt.create({
      data: { userId, courseId: lesson.courseId, lessonId, attemptNo: attempts + 1, passed: check.passed },
    });
    return check.passed ? completeExerciseInTx(tx, userId, lessonId) : null;
  });
  if (completion?.certificateIssuedNow) await kickOutbox();
  return { ...check, completion, solution: check.passed ? exerciseSolution(lesson.exercise, language) : null };
}

/** A visitor practising a free-preview exercise: checked, nothing saved. */
export async function checkPreviewExercise(
  lessonId: string,
  answer: string,
  language?: CodeLanguage,
  visitor: string | null = null,
): Promise<ExerciseSubmission> {
  const lesson = await findExerciseLesson(lessonId);
  if (!lesson.freePreview) throw new LearningError("Enrol in this course to have your answer checked.");
  const check = await checkExerciseAnswer(lesson.exercise, answer, language, visitor);
  return {
    ...check,
    completion: null,
    solution: check.passed ? exerciseSolution(lesson.exercise, language) : null,
  };
}
