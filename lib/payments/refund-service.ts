// Admin refunds: Stripe's refund API (idempotent per request), then the same refund bookkeeping the
// charge.refunded webhook uses, with the audit row in that transaction. One refund request is one refund,
// however often the form is submitted: the key names the request, and only its first record is audited.
import { recordAudit } from "../audit/record-audit";
import { PaymentError } from "./errors";
import { formatMoney } from "./money";
import { paymentProvider } from "./provider";
import { afterCommit } from "../outbox/kick";
import { applyRefundTotal, refundedTotal } from "./settlement";
import { lockPayment, paymentTransaction, type Tx } from "./transaction";
import { db } from "../db/client";
import { logError } from "../observability/logger";

export type RefundRequest = { paymentId: string; amountCents: number; reason?: string; attempt: string };
export type RefundResult = { refundedCents: number; status: string };

const resultSelect = { refundedCents: true, status: true } as const;

/**
 * Records the provider's refund as this request's. False when the request was recorded before (a repeat
 * submit); the webhook may have written the row first, without the request and with the provider's reason.
 */
async function claimRefund(
  tx: Tx,
  paymentId: string,
  refund: { id: string; amountCents: number },
  request: RefundRequest,
  requestKey: string,
): Promise<boolean> {
  const existing = await tx.refund.findUnique({ where: { stripeRefundId: refund.id }, select: { requestKey: true } });
  if (existing?.requestKey) return false;
  const reason = request.reason || null;
  if (existing) await tx.refund.update({ where: { stripeRefundId: refund.id }, data: { requestKey, reason } });
  else
    await tx.refund.create({
      data: { paymentId, stripeRefundId: refund.id, amountCents: refund.amountCents, reason, requestKey },
    });
  return true;
}

export async function refundPayment(
  adminId: string,
  request: RefundRequest,
  ip: string,
  now: Date = new Date(),
): Promise<RefundResult> {
  const requestKey = `refund-${request.paymentId}-${request.attempt}`;
  // A repeat of a request already recorded answers what the first one did.
  const earlier = await db.refund.findUnique({ where: { requestKey }, select: { payment: { select: resultSelect } } });
  if (earlier) return earlier.payment;
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
      idempotencyKey: requestKey,
      metadata: { paymentId: payment.id, adminId },
    });
  } catch (error) {
    logError(error, { paymentId: payment.id }, "refund: the provider refused");
    throw new PaymentError(
      "The payment provider did not accept the refund. Check the payment in Stripe and try again.",
    );
  }
  const { effects, result } = await paymentTransaction(async (tx) => {
    await lockPayment(tx, payment.id);
    const isNew = await claimRefund(tx, payment.id, refund, request, requestKey);
    const after = await applyRefundTotal(tx, payment.id, await refundedTotal(tx, payment.id), now);
    if (isNew)
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
    return {
      effects: after,
      result: await tx.payment.findUniqueOrThrow({ where: { id: payment.id }, select: resultSelect }),
    };
  });
  await afterCommit(effects);
  return result;
}
