// Learning writes: enrolment, waitlist, progress, quizzes and certificates. Callers pass the acting
// user's id (actions take it from the session); every write runs in a transaction.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { invalidateEnrolment } from "../cache/invalidate";
import { lockCohort, takenSeats } from "../enrolment/seats";
import { kickOutbox } from "../outbox/kick";
import { issueCertificate, requiredProjectsLeft } from "./certificate-issue";
import { decideCertificate } from "./certificate-rules";
import { LearningError } from "./errors";
import { dripOpensAtFor } from "./drip-queries";
import { completionMethodFor, lockedLessonIds, type CompletionMethod } from "./progress";
import { gradeQuiz, validateQuizAnswers, type QuizAnswers } from "./quiz-grading";
import { isLiveEnrollment } from "../enrolment/rules";
import { PUBLISHED_LESSON } from "../content/published";
import { emitCompletionEvents, emitEnrollmentEvent } from "../webhooks/domain-events";

type Tx = Prisma.TransactionClient;

async function findPublishedCourse(tx: Tx, slug: string) {
  const course = await tx.course.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      priceCents: true,
      format: true,
      cohorts: {
        where: { startsAt: { gt: new Date() } },
        orderBy: { startsAt: "asc" },
        select: { id: true, seats: true },
      },
    },
  });
  if (!course) throw new LearningError("This course is not available.");
  return course;
}

/** Enrolments plus the seats held by open checkouts and waitlist offers (lib/enrolment/seats.ts). */
async function seatsTaken(tx: Tx, cohortId: string, userId: string): Promise<number> {
  return takenSeats(tx, cohortId, userId, new Date());
}

export type EnrollResult = { courseSlug: string; alreadyEnrolled: boolean };

/** Free enrolment. Paid courses go through checkout; a full cohort offers the waitlist instead. */
export async function enrollInFreeCourse(userId: string, courseSlug: string): Promise<EnrollResult> {
  const result = await db.$transaction(async (tx) => {
    const course = await findPublishedCourse(tx, courseSlug);
    const existing = await tx.enrollment.findUnique({
      where: { userId_courseId: { userId, courseId: course.id } },
      select: { status: true },
    });
    if (isLiveEnrollment(existing)) return { courseSlug: course.slug, alreadyEnrolled: true };
    if (course.priceCents > 0) throw new LearningError("This is a paid course: enrol through checkout.");
    let cohortId: string | null = null;
    if (course.format === "COHORT") {
      const cohort = course.cohorts[0];
      if (!cohort) throw new LearningError("No upcoming cohort is open for enrolment yet.");
      await lockCohort(tx, cohort.id);
      if ((await seatsTaken(tx, cohort.id, userId)) >= cohort.seats)
        throw new LearningError("The next cohort is full. Join the waitlist and we will e-mail you if a seat opens.");
      cohortId = cohort.id;
    }
    const enrollment = await tx.enrollment.upsert({
      where: { userId_courseId: { userId, courseId: course.id } },
      update: { status: "ACTIVE", source: "FREE", cohortId, completedAt: null },
      create: { userId, courseId: course.id, cohortId, source: "FREE" },
      select: { id: true },
    });
    await emitEnrollmentEvent(tx, "enrollment.created", enrollment.id);
    return { courseSlug: course.slug, alreadyEnrolled: false };
  });
  invalidateEnrolment(result.courseSlug);
  if (!result.alreadyEnrolled) await kickOutbox();
  return result;
}

export async function joinWaitlist(
  userId: string,
  courseSlug: string,
  cohortId: string,
): Promise<{ position: number }> {
  return db.$transaction(async (tx) => {
    const course = await findPublishedCourse(tx, courseSlug);
    const cohort = course.cohorts.find((c) => c.id === cohortId);
    if (!cohort) throw new LearningError("That cohort is no longer taking sign-ups.");
    await lockCohort(tx, cohort.id);
    if ((await seatsTaken(tx, cohort.id, userId)) < cohort.seats)
      throw new LearningError("Good news: this cohort still has seats, so you can enrol right away.");
    const entry = await tx.waitlistEntry.upsert({
      where: { cohortId_userId: { cohortId, userId } },
      update: {},
      create: { cohortId, userId },
    });
    const position = await tx.waitlistEntry.count({ where: { cohortId, createdAt: { lte: entry.createdAt } } });
    return { position };
  });
}

/** Locks the learner's enrolment (serialising their completions) and returns it, or refuses. */
async function lockEnrollment(tx: Tx, userId: string, courseId: string) {
  await tx.$queryRaw`SELECT id FROM "Enrollment" WHERE "userId" = ${userId} AND "courseId" = ${courseId} FOR UPDATE`;
  const enrollment = await tx.enrollment.findUnique({
    where: { userId_courseId: { userId, courseId } },
    select: { id: true, status: true },
  });
  if (!isLiveEnrollment(enrollment)) throw new LearningError("Enrol in this course to save your progress.");
  return enrollment;
}

async function courseLessons(tx: Tx, courseId: string) {
  return tx.lesson.findMany({
    where: { courseId, ...PUBLISHED_LESSON },
    orderBy: [{ module: { position: "asc" } }, { position: "asc" }],
    select: { id: true, slug: true },
  });
}

async function findLesson(tx: Tx, lessonId: string) {
  const lesson = await tx.lesson.findFirst({
    where: { id: lessonId, ...PUBLISHED_LESSON },
    select: {
      id: true,
      kind: true,
      courseId: true,
      quizPassPercent: true,
      course: { select: { status: true, sequential: true, title: true, instructor: { select: { name: true } } } },
    },
  });
  if (!lesson || lesson.course.status !== "PUBLISHED") throw new LearningError("This lesson is not available.");
  return lesson;
}

export type CompletionResult = {
  completed: boolean;
  courseCompleted: boolean;
  certificateId: string | null;
  certificateIssuedNow: boolean;
};

/**
 * Marks a lesson complete (idempotent) and, when that makes the course 100%, issues the certificate.
 * The enrolment row lock serialises one learner's completions; the unique (userId, courseId) key with
 * ON CONFLICT DO NOTHING guarantees a single certificate even so.
 */
async function completeInTx(
  tx: Tx,
  userId: string,
  lesson: Awaited<ReturnType<typeof findLesson>>,
): Promise<CompletionResult> {
  await lockEnrollment(tx, userId, lesson.courseId);
  const lessons = await courseLessons(tx, lesson.courseId);
  const done = await tx.lessonProgress.findMany({
    where: { userId, courseId: lesson.courseId, completedAt: { not: null } },
    select: { lessonId: true },
  });
  const completedIds = new Set(done.map((d) => d.lessonId));
  if (lockedLessonIds(lessons, completedIds, lesson.course.sequential).has(lesson.id))
    throw new LearningError("Finish the earlier lessons first: this course is taken in order.");
  const opensAt = await dripOpensAtFor(tx, userId, lesson);
  if (opensAt) throw new LearningError(`This lesson opens on ${opensAt.toUTCString()}: it cannot be completed yet.`);
  const now = new Date();
  const lessonNewlyDone = !completedIds.has(lesson.id);
  if (lessonNewlyDone) {
    await tx.lessonProgress.upsert({
      where: { userId_lessonId: { userId, lessonId: lesson.id } },
      update: { completedAt: now, lastViewedAt: now },
      create: { userId, courseId: lesson.courseId, lessonId: lesson.id, completedAt: now, lastViewedAt: now },
    });
    completedIds.add(lesson.id);
  }
  const completedCount = lessons.filter((l) => completedIds.has(l.id)).length;
  const existing = await tx.certificate.findUnique({
    where: { userId_courseId: { userId, courseId: lesson.courseId } },
    select: { id: true },
  });
  const events = { userId, courseId: lesson.courseId, lessonId: lesson.id, lessonNewlyDone };
  const decision = decideCertificate({
    enrollmentStatus: "ACTIVE",
    totalLessons: lessons.length,
    completedLessons: completedCount,
    requiredProjectsLeft: await requiredProjectsLeft(tx, userId, lesson.courseId),
    alreadyIssued: Boolean(existing),
  });
  if (decision !== "issue") {
    await emitCompletionEvents(tx, { ...events, certificateId: null });
    return {
      completed: true,
      courseCompleted: completedCount === lessons.length,
      certificateId: existing?.id ?? null,
      certificateIssuedNow: false,
    };
  }

  const issued = await issueCertificate(tx, { ...events, now });
  return {
    completed: true,
    courseCompleted: true,
    certificateId: issued.certificateId,
    certificateIssuedNow: issued.issuedNow,
  };
}

/** Completes a reading or video lesson. Exercises complete only through `submitExercise`, quizzes by a pass. */
export async function completeLesson(
  userId: string,
  lessonId: string,
  method: Exclude<CompletionMethod, "quiz" | "exercise">,
): Promise<CompletionResult> {
  const completion = await db.$transaction(async (tx) => {
    const lesson = await findLesson(tx, lessonId);
    const expected = completionMethodFor(lesson.kind);
    if (expected !== method)
      throw new LearningError(
        expected === "quiz"
          ? "Pass the quiz to complete this lesson."
          : expected === "exercise"
            ? "Solve the exercise to complete this lesson."
            : "Mark this lesson as read to complete it.",
      );
    return completeInTx(tx, userId, lesson);
  });
  // The certificate's mail, or a webhook event, may wait in the outbox.
  await kickOutbox();
  return completion;
}

/** Failed attempts after which the answer key and explanations are shown even without a pass. */
export const QUIZ_KEY_AFTER_ATTEMPTS = 3;

/** Completes an exercise lesson inside the caller's transaction, after the server's own check passed. */
export async function completeExerciseInTx(tx: Tx, userId: string, lessonId: string): Promise<CompletionResult> {
  const lesson = await findLesson(tx, lessonId);
  if (completionMethodFor(lesson.kind) !== "exercise") throw new LearningError("This lesson has no exercise.");
  return completeInTx(tx, userId, lesson);
}

export type QuizSubmission = CompletionResult & {
  score: number;
  passed: boolean;
  passPercent: number;
  attempts: number;
  /** Empty until the learner passes or has made QUIZ_KEY_AFTER_ATTEMPTS attempts: the answer key stays on the server. */
  questions: { id: string; correct: boolean; correctChoiceIds: string[]; explanation: string }[];
};

export async function submitQuiz(userId: string, lessonId: string, answers: QuizAnswers): Promise<QuizSubmission> {
  const submission = await db.$transaction(async (tx): Promise<QuizSubmission> => {
    const lesson = await findLesson(tx, lessonId);
    if (lesson.kind !== "QUIZ") throw new LearningError("This lesson has no quiz.");
    await lockEnrollment(tx, userId, lesson.courseId);
    const questions = await tx.quizQuestion.findMany({
      where: { lessonId },
      orderBy: { position: "asc" },
      select: { id: true, multiple: true, explanation: true, choices: { select: { id: true, correct: true } } },
    });
    const problem = validateQuizAnswers(questions, answers);
    if (problem) throw new LearningError(problem);
    const passPercent = lesson.quizPassPercent ?? 70;
    const grade = gradeQuiz(questions, answers, passPercent);
    await tx.quizAttempt.create({ data: { userId, lessonId, answers, score: grade.score, passed: grade.passed } });
    const attempts = await tx.quizAttempt.count({ where: { userId, lessonId } });
    const revealKey = grade.passed || attempts >= QUIZ_KEY_AFTER_ATTEMPTS;
    const completion: CompletionResult = grade.passed
      ? await completeInTx(tx, userId, lesson)
      : { completed: false, courseCompleted: false, certificateId: null, certificateIssuedNow: false };
    return {
      ...completion,
      score: grade.score,
      passed: grade.passed,
      passPercent,
      attempts,
      questions: revealKey
        ? questions.map((q) => ({
            id: q.id,
            correct: grade.correct[q.id] ?? false,
            correctChoiceIds: q.choices.filter((c) => c.correct).map((c) => c.id),
            explanation: q.explanation,
          }))
        : [],
    };
  });
  if (submission.completed) await kickOutbox();
  return submission;
}

/** Remembers the lesson the learner opened (for "Continue") without touching completion. */
export async function recordLessonView(userId: string, lessonId: string): Promise<void> {
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, ...PUBLISHED_LESSON },
    select: { courseId: true },
  });
  if (!lesson) throw new LearningError("This lesson is not available.");
  await db.$transaction(async (tx) => {
    const enrollment = await tx.enrollment.findUnique({
      where: { userId_courseId: { userId, courseId: lesson.courseId } },
      select: { status: true },
    });
    if (!isLiveEnrollment(enrollment)) return;
    const now = new Date();
    await tx.enrollment.update({
      where: { userId_courseId: { userId, courseId: lesson.courseId } },
      data: { lastLessonId: lessonId },
    });
    await tx.lessonProgress.upsert({
      where: { userId_lessonId: { userId, lessonId } },
      update: { lastViewedAt: now },
      create: { userId, courseId: lesson.courseId, lessonId, lastViewedAt: now },
    });
  });
}

export async function saveVideoPosition(userId: string, lessonId: string, seconds: number): Promise<void> {
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, ...PUBLISHED_LESSON },
    select: { courseId: true, kind: true },
  });
  if (!lesson || lesson.kind !== "VIDEO") throw new LearningError("This lesson has no video.");
  await db.$transaction(async (tx) => {
    const enrollment = await tx.enrollment.findUnique({
      where: { userId_courseId: { userId, courseId: lesson.courseId } },
      select: { status: true },
    });
    if (!isLiveEnrollment(enrollment)) throw new LearningError("Enrol in this course to save your progress.");
    await tx.lessonProgress.upsert({
      where: { userId_lessonId: { userId, lessonId } },
      update: { videoSeconds: seconds, lastViewedAt: new Date() },
      create: { userId, courseId: lesson.courseId, lessonId, videoSeconds: seconds },
    });
  });
}
