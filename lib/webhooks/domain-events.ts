// The platform's events as webhooks: each helper runs in the transaction of the change it reports, reads the few
// fields a receiver needs (ids, the course's slug, the learner's email) and emits. Nothing secret goes out: no
// tokens, no payment provider ids, no notes.
import type { Prisma } from "../db/generated/client";
import { emitWebhookEvent, listens } from "./emit";

type Tx = Prisma.TransactionClient;

export async function emitEnrollmentEvent(
  tx: Tx,
  type: "enrollment.created" | "enrollment.revoked",
  enrollmentId: string,
): Promise<void> {
  if (!(await listens(tx, type))) return;
  const row = await tx.enrollment.findUniqueOrThrow({
    where: { id: enrollmentId },
    select: {
      id: true,
      userId: true,
      courseId: true,
      cohortId: true,
      source: true,
      status: true,
      user: { select: { email: true } },
      course: { select: { slug: true } },
    },
  });
  await emitWebhookEvent(
    tx,
    type,
    {
      enrollmentId: row.id,
      userId: row.userId,
      email: row.user.email,
      courseId: row.courseId,
      courseSlug: row.course.slug,
      cohortId: row.cohortId,
      source: row.source,
      status: row.status,
    },
    { courseId: row.courseId },
  );
}

/** lesson.completed, and course.completed / certificate.issued when the completion finished the course. */
export async function emitCompletionEvents(
  tx: Tx,
  facts: { userId: string; courseId: string; lessonId: string; lessonNewlyDone: boolean; certificateId: string | null },
): Promise<void> {
  const base = { userId: facts.userId, courseId: facts.courseId };
  const scope = { courseId: facts.courseId };
  if (facts.lessonNewlyDone && (await listens(tx, "lesson.completed")))
    await emitWebhookEvent(tx, "lesson.completed", { ...base, lessonId: facts.lessonId }, scope);
  if (!facts.certificateId) return;
  if (await listens(tx, "course.completed")) await emitWebhookEvent(tx, "course.completed", base, scope);
  if (await listens(tx, "certificate.issued"))
    await emitWebhookEvent(tx, "certificate.issued", { ...base, certificateId: facts.certificateId }, scope);
}

export async function emitPaymentEvent(
  tx: Tx,
  type: "payment.succeeded" | "payment.refunded",
  paymentId: string,
): Promise<void> {
  if (!(await listens(tx, type))) return;
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: {
      id: true,
      userId: true,
      courseId: true,
      amountCents: true,
      refundedCents: true,
      currency: true,
      status: true,
      user: { select: { email: true } },
    },
  });
  await emitWebhookEvent(
    tx,
    type,
    {
      paymentId: payment.id,
      userId: payment.userId,
      email: payment.user.email,
      courseId: payment.courseId,
      amountCents: payment.amountCents,
      refundedCents: payment.refundedCents,
      currency: payment.currency,
      status: payment.status,
    },
    { courseId: null },
  );
}

export async function emitBookingEvent(
  tx: Tx,
  type: "booking.created" | "booking.rescheduled" | "booking.cancelled",
  bookingId: string,
): Promise<void> {
  if (!(await listens(tx, type))) return;
  const booking = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      id: true,
      advisorId: true,
      userId: true,
      email: true,
      startsAt: true,
      endsAt: true,
      status: true,
      topic: true,
    },
  });
  await emitWebhookEvent(
    tx,
    type,
    {
      bookingId: booking.id,
      advisorId: booking.advisorId,
      userId: booking.userId,
      email: booking.email,
      startsAt: booking.startsAt.toISOString(),
      endsAt: booking.endsAt.toISOString(),
      status: booking.status,
      topic: booking.topic,
    },
    { courseId: null },
  );
}

export async function emitReviewCreated(tx: Tx, reviewId: string): Promise<void> {
  if (!(await listens(tx, "review.created"))) return;
  const review = await tx.review.findUniqueOrThrow({
    where: { id: reviewId },
    select: { id: true, courseId: true, userId: true, rating: true },
  });
  await emitWebhookEvent(
    tx,
    "review.created",
    { reviewId: review.id, courseId: review.courseId, userId: review.userId, rating: review.rating },
    { courseId: review.courseId },
  );
}

/**
 * discussion.question.created / discussion.answer.created, for a lesson's Q&A and a cohort's board alike. Ids
 * and the thread's title only: a post's body (a paid course's content, often) never leaves the platform.
 */
export async function emitDiscussionEvent(tx: Tx, postId: string): Promise<void> {
  const post = await tx.qaPost.findUniqueOrThrow({
    where: { id: postId },
    select: {
      id: true,
      courseId: true,
      lessonId: true,
      cohortId: true,
      questionId: true,
      authorId: true,
      title: true,
      createdAt: true,
      question: { select: { title: true } },
    },
  });
  const type = post.questionId === null ? "discussion.question.created" : "discussion.answer.created";
  if (!(await listens(tx, type))) return;
  await emitWebhookEvent(
    tx,
    type,
    {
      postId: post.id,
      questionId: post.questionId ?? post.id,
      title: post.questionId === null ? post.title : (post.question?.title ?? null),
      courseId: post.courseId,
      lessonId: post.lessonId,
      cohortId: post.cohortId,
      place: post.cohortId ? "cohort-board" : "lesson",
      authorId: post.authorId,
      createdAt: post.createdAt.toISOString(),
    },
    { courseId: post.courseId },
  );
}

/**
 * cohort.session.scheduled / .updated / .cancelled: the session as it stands after the change (a new one's
 * `seriesId` says which weekly series it belongs to, null for a single session).
 */
export async function emitCohortSessionEvent(
  tx: Tx,
  type: "cohort.session.scheduled" | "cohort.session.updated" | "cohort.session.cancelled",
  sessionId: string,
): Promise<void> {
  if (!(await listens(tx, type))) return;
  const session = await tx.cohortSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      id: true,
      cohortId: true,
      title: true,
      startsAt: true,
      endsAt: true,
      cancelledAt: true,
      sequence: true,
      seriesId: true,
      cohort: { select: { courseId: true } },
    },
  });
  await emitWebhookEvent(
    tx,
    type,
    {
      sessionId: session.id,
      cohortId: session.cohortId,
      courseId: session.cohort.courseId,
      title: session.title,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      cancelledAt: session.cancelledAt?.toISOString() ?? null,
      sequence: session.sequence,
      seriesId: session.seriesId,
    },
    { courseId: session.cohort.courseId },
  );
}

/** project.submission.created: which attempt of which project, and whether it came after the deadline. */
export async function emitProjectSubmissionCreated(tx: Tx, submissionId: string): Promise<void> {
  if (!(await listens(tx, "project.submission.created"))) return;
  const row = await tx.projectSubmission.findUniqueOrThrow({
    where: { id: submissionId },
    select: {
      id: true,
      projectId: true,
      cohortId: true,
      userId: true,
      attempt: true,
      late: true,
      createdAt: true,
      project: { select: { courseId: true, title: true } },
    },
  });
  await emitWebhookEvent(
    tx,
    "project.submission.created",
    {
      submissionId: row.id,
      projectId: row.projectId,
      projectTitle: row.project.title,
      courseId: row.project.courseId,
      cohortId: row.cohortId,
      userId: row.userId,
      attempt: row.attempt,
      late: row.late,
      createdAt: row.createdAt.toISOString(),
    },
    { courseId: row.project.courseId },
  );
}

/** project.review.completed: a mentor saved a decision (a later correction of the review emits again). */
export async function emitProjectReviewCompleted(tx: Tx, submissionId: string): Promise<void> {
  if (!(await listens(tx, "project.review.completed"))) return;
  const review = await tx.projectReview.findUniqueOrThrow({
    where: { submissionId },
    select: {
      id: true,
      outcome: true,
      points: true,
      version: true,
      reviewerId: true,
      submission: {
        select: {
          id: true,
          projectId: true,
          cohortId: true,
          userId: true,
          attempt: true,
          project: { select: { courseId: true, title: true } },
        },
      },
    },
  });
  const submission = review.submission;
  await emitWebhookEvent(
    tx,
    "project.review.completed",
    {
      reviewId: review.id,
      submissionId: submission.id,
      projectId: submission.projectId,
      projectTitle: submission.project.title,
      courseId: submission.project.courseId,
      cohortId: submission.cohortId,
      userId: submission.userId,
      attempt: submission.attempt,
      reviewerId: review.reviewerId,
      outcome: review.outcome,
      points: review.points,
      version: review.version,
    },
    { courseId: submission.project.courseId },
  );
}
