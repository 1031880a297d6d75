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
