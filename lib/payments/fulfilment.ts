// The one function that grants access for a payment. Both the webhook and the success page call it;
// it locks the payment row first, so whichever comes first fulfils and the other changes nothing.
import { appUrl } from "../accounts/urls";
import { invalidateCourseLanding } from "../cache/invalidate";
import type { AfterCommit } from "../db/after-commit";
import { enqueue } from "../outbox/enqueue";
import { paymentProcessingMail, receiptMail } from "./mail-templates";
import { chargeSchema, disputeSchema, type CheckoutSessionView } from "./provider/types";
import { redeemAtFulfilment } from "./coupon-uses";
import { lockCohort, takenSeats } from "../enrolment/seats";
import { applyChargeRefunded, applyDisputeClosed, applyDisputeCreated } from "./settlement";
import { lockPayment, type Tx } from "./transaction";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { PUBLISHED_LESSON } from "../content/published";
import { emitEnrollmentEvent, emitPaymentEvent } from "../webhooks/domain-events";

export type FulfilOutcome = "fulfilled" | "already-done" | "processing" | "unknown-session" | "refunding";
export type Fulfilment = { outcome: FulfilOutcome; effects: AfterCommit[] };

async function findPaymentId(tx: Tx, session: CheckoutSessionView): Promise<string | null> {
  const bySession = await tx.payment.findUnique({
    where: { stripeCheckoutSessionId: session.id },
    select: { id: true },
  });
  if (bySession) return bySession.id;
  // The webhook can outrun our own write of the session id; the metadata names our payment.
  const paymentId = session.metadata.paymentId;
  if (!paymentId) return null;
  const byId = await tx.payment.findFirst({
    where: { id: paymentId, stripeCheckoutSessionId: null },
    select: { id: true },
  });
  if (!byId) return null;
  await tx.payment.update({ where: { id: byId.id }, data: { stripeCheckoutSessionId: session.id } });
  return byId.id;
}

/** Replays refund and dispute events that arrived before this payment was fulfilled. */
async function replayDeferred(tx: Tx, paymentId: string, paymentIntentId: string, now: Date): Promise<AfterCommit[]> {
  const deferred = await tx.deferredWebhookEvent.findMany({
    where: { paymentIntentId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const effects: AfterCommit[] = [];
  for (const event of deferred) {
    if (event.type === "charge.refunded")
      effects.push(...(await applyChargeRefunded(tx, paymentId, chargeSchema.parse(event.payload), now)));
    if (event.type === "charge.dispute.created")
      effects.push(...(await applyDisputeCreated(tx, paymentId, disputeSchema.parse(event.payload))));
    if (event.type === "charge.dispute.closed")
      effects.push(...(await applyDisputeClosed(tx, paymentId, disputeSchema.parse(event.payload), now)));
    await tx.deferredWebhookEvent.delete({ where: { id: event.id } });
  }
  return effects;
}

/** Money arrived that cannot buy access: it goes back, from the outbox once this transaction commits. */
async function autoRefund(
  tx: Tx,
  payment: { id: string; amountCents: number },
  paymentIntentId: string,
  reason: string,
): Promise<void> {
  await enqueue(
    tx,
    "payments.auto-refund",
    { paymentId: payment.id, paymentIntentId, amountCents: payment.amountCents, reason },
    { dedupeKey: `auto-refund:${payment.id}` },
  );
}

export async function fulfilCheckout(
  tx: Tx,
  session: CheckoutSessionView,
  now: Date = new Date(),
): Promise<Fulfilment> {
  const paymentId = await findPaymentId(tx, session);
  if (!paymentId) return { outcome: "unknown-session", effects: [] };
  await lockPayment(tx, paymentId);
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    include: {
      user: { select: { email: true, name: true } },
      course: {
        select: {
          slug: true,
          title: true,
          lessons: {
            where: PUBLISHED_LESSON,
            orderBy: [{ module: { position: "asc" } }, { position: "asc" }],
            take: 1,
            select: { slug: true },
          },
        },
      },
      cohort: { select: { seats: true } },
    },
  });
  if (payment.status === "PAID" || payment.status === "PARTIALLY_REFUNDED" || payment.status === "REFUNDED")
    return { outcome: "already-done", effects: [] };
  const paid = session.paymentStatus === "paid" || session.paymentStatus === "no_payment_required";

  if (!paid) {
    if (session.status !== "complete" || payment.status === "PROCESSING" || payment.status === "FAILED")
      return { outcome: "already-done", effects: [] };
    await tx.payment.update({
      where: { id: payment.id },
      data: { status: "PROCESSING", stripePaymentIntentId: session.paymentIntentId },
    });
    await enqueue(tx, "mail", {
      to: payment.user.email,
      kind: "payment-processing",
      ...paymentProcessingMail(payment.user.name, payment.course.title),
    });
    return { outcome: "processing", effects: [] };
  }

  const paymentIntentId = session.paymentIntentId ?? `none:${session.id}`;
  const amountCents = session.amountTotal ?? payment.amountCents;
  await tx.payment.update({
    where: { id: payment.id },
    data: { status: "PAID", paidAt: now, stripePaymentIntentId: paymentIntentId, amountCents },
  });
  const charged = { ...payment, amountCents };
  const refundAll = async (reason: string): Promise<Fulfilment> => {
    await autoRefund(tx, charged, paymentIntentId, reason);
    return { outcome: "refunding", effects: [] };
  };

  // Money arrived but access cannot follow: the learner already owns the course, or the seat is gone.
  const enrolled = await tx.enrollment.findFirst({
    where: { userId: payment.userId, courseId: payment.courseId, status: { in: [...LIVE_ENROLLMENT_STATUSES] } },
    select: { id: true },
  });
  if (enrolled) return refundAll("You were already enrolled in this course, so this second payment was not needed.");
  const holdWasReleased = payment.status === "EXPIRED" || payment.status === "FAILED";
  if (payment.cohortId && payment.cohort) {
    await lockCohort(tx, payment.cohortId);
    if (holdWasReleased && (await takenSeats(tx, payment.cohortId, payment.userId, now)) >= payment.cohort.seats) {
      return refundAll("Your payment arrived after your seat hold had ended, and the cohort filled up meanwhile.");
    }
  }
  // The discount is granted only with a use of the coupon: never past its limit, never twice per learner.
  if (payment.couponId && !(await redeemAtFulfilment(tx, { ...payment, couponId: payment.couponId }, holdWasReleased)))
    return refundAll(
      "Your payment arrived after your checkout had ended, and the coupon's last use was taken meanwhile.",
    );

  // Enrolled now: off the cohort's waitlist (only once no refund path can be taken).
  if (payment.cohortId)
    await tx.waitlistEntry.deleteMany({ where: { cohortId: payment.cohortId, userId: payment.userId } });
  const enrollment = await tx.enrollment.upsert({
    where: { userId_courseId: { userId: payment.userId, courseId: payment.courseId } },
    update: { status: "ACTIVE", source: "PURCHASE", cohortId: payment.cohortId, completedAt: null },
    create: { userId: payment.userId, courseId: payment.courseId, cohortId: payment.cohortId, source: "PURCHASE" },
    select: { id: true },
  });
  await emitPaymentEvent(tx, "payment.succeeded", payment.id);
  await emitEnrollmentEvent(tx, "enrollment.created", enrollment.id);
  await enqueue(
    tx,
    "mail",
    {
      to: payment.user.email,
      kind: "receipt",
      ...receiptMail(
        payment.user.name,
        {
          courseTitle: payment.course.title,
          amountCents,
          discountCents: payment.discountCents,
          currency: payment.currency,
          paidAt: now,
          paymentId: payment.id,
        },
        appUrl(`/billing/${payment.id}`),
      ),
    },
    { dedupeKey: `receipt:${payment.id}` },
  );
  // The cached course page shows seats left: the buyer and every visitor see the taken seat at once.
  const effects: AfterCommit[] = [async () => void invalidateCourseLanding(payment.course.slug)];
  effects.push(...(await replayDeferred(tx, payment.id, paymentIntentId, now)));
  return { outcome: "fulfilled", effects };
}
