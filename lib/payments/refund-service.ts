// Admin refunds: Stripe's refund API (idempotent per attempt), then the same refund bookkeeping the
// charge.refunded webhook uses, with the audit row in that transaction.
import { recordAudit } from "../audit/record-audit";
import { PaymentError } from "./errors";
import { formatMoney } from "./money";
import { paymentProvider } from "./provider";
import { runAfterCommit } from "./seats";
import { applyRefundTotal, recordRefunds } from "./settlement";
import { lockPayment, paymentTransaction } from "./transaction";
import { db } from "../db/client";

export type RefundRequest = { paymentId: string; amountCents: number; reason?: string; attempt: string };

export async function refundPayment(
  adminId: string,
  request: RefundRequest,
  ip: string,
  now: Date = new Date(),
): Promise<{ refundedCents: number; status: string }> {
  const payment = await db.payment.findUnique({
    where: { id: request.paymentId },
    select: {
      id: true,
      status: true,
      amountCents: true,
      refundedCents: true,
      currency: true,
      stripePaymentIntentId: true,
    },
  });
  if (!payment) throw new PaymentError("That payment does not exist.");
  if (payment.status !== "PAID" && payment.status !== "PARTIALLY_REFUNDED")
    throw new PaymentError("Only a completed payment can be refunded.");
  if (!payment.stripePaymentIntentId) throw new PaymentError("This payment has no charge to refund.");
  const refundable = payment.amountCents - payment.refundedCents;
  if (request.amountCents > refundable) {
    const message = `At most ${formatMoney(refundable, payment.currency)} can still be refunded.`;
    throw new PaymentError(message, { amount: [message] });
  }
  let refund;
  try {
    refund = await paymentProvider().createRefund({
      paymentIntentId: payment.stripePaymentIntentId,
      amountCents: request.amountCents,
      idempotencyKey: `refund-${payment.id}-${request.attempt}`,
      metadata: { paymentId: payment.id, adminId },
    });
  } catch (error) {
    console.error(
      `refund ${payment.id}: the provider refused (${error instanceof Error ? error.message : "unknown error"})`,
    );
    throw new PaymentError(
      "The payment provider did not accept the refund. Check the payment in Stripe and try again.",
    );
  }
  const { effects, result } = await paymentTransaction(async (tx) => {
    await lockPayment(tx, payment.id);
    const total = await recordRefunds(tx, payment.id, [
      { id: refund.id, amountCents: refund.amountCents, reason: request.reason },
    ]);
    const after = await applyRefundTotal(tx, payment.id, total, now);
    const updated = await tx.payment.findUniqueOrThrow({
      where: { id: payment.id },
      select: { refundedCents: true, status: true },
    });
    await recordAudit(
      {
        actorId: adminId,
        action: "payment.refunded",
        targetType: "payment",
        targetId: payment.id,
        ip,
        meta: { amountCents: refund.amountCents, refundId: refund.id, reason: request.reason ?? null },
      },
      tx,
    );
    return { effects: after, result: updated };
  });
  await runAfterCommit(effects);
  return result;
}
