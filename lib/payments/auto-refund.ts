// An automatic refund, delivered from the outbox after the commit that decided it: money arrived that cannot
// buy access (already enrolled, seat gone, coupon used up). Stripe de-duplicates on the idempotency key, so a
// redelivery refunds once. If Stripe refuses, the admins are told to refund by hand and the learner is not.
import { db } from "../db/client";
import { enqueue } from "../outbox/enqueue";
import { kickOutbox } from "../outbox/kick";
import type { PayloadOf } from "../outbox/topics";
import { automaticRefundMail } from "./mail-templates";
import { paymentProvider } from "./provider";

export async function runAutoRefund(refund: PayloadOf<"payments.auto-refund">): Promise<void> {
  const payment = await db.payment.findUniqueOrThrow({
    where: { id: refund.paymentId },
    select: { user: { select: { email: true, name: true } }, course: { select: { title: true } } },
  });
  let failure: string | null = null;
  try {
    await paymentProvider().createRefund({
      paymentIntentId: refund.paymentIntentId,
      amountCents: refund.amountCents,
      idempotencyKey: `auto-refund-${refund.paymentId}`,
      metadata: { paymentId: refund.paymentId, reason: "automatic" },
    });
  } catch (error) {
    failure = error instanceof Error ? error.message : "unknown error";
  }
  await db.$transaction(async (tx) => {
    if (failure === null) {
      await enqueue(tx, "mail", {
        to: payment.user.email,
        kind: "refund",
        ...automaticRefundMail(payment.user.name, payment.course.title, refund.reason),
      });
      return;
    }
    // The money is held with no access behind it: a person must refund it by hand.
    const admins = await tx.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { email: true } });
    const text = `The automatic refund of payment ${refund.paymentId} failed (${failure}). ${refund.reason} Refund it from the admin payments page.`;
    for (const admin of admins)
      await enqueue(tx, "mail", {
        to: admin.email,
        kind: "payment-refund-failed",
        subject: `Refund needed: payment ${refund.paymentId}`,
        text,
      });
  });
  await kickOutbox();
}
