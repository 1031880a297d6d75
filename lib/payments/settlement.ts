// What happens to a paid payment afterwards: refunds (full or partial) and disputes. Each applier is
// idempotent: it compares what Stripe reports with what is recorded and changes only the difference.
import { appUrl } from "../accounts/urls";
import type { AfterCommit } from "../db/after-commit";
import { enqueue } from "../outbox/enqueue";
import { revokeAccess } from "./access";
import { releaseRedemption } from "./coupon-uses";
import { disputeMail, refundMail } from "./mail-templates";
import type { ChargeView, DisputeView } from "./provider/types";
import { lockPayment, type Tx } from "./transaction";
import { emitPaymentEvent } from "../webhooks/domain-events";

const paymentSelect = {
  id: true,
  userId: true,
  courseId: true,
  cohortId: true,
  status: true,
  amountCents: true,
  refundedCents: true,
  currency: true,
  disputeStatus: true,
  user: { select: { email: true, name: true } },
  course: { select: { title: true } },
} as const;

async function loadPayment(tx: Tx, paymentId: string) {
  return tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: paymentSelect });
}

/** Records refunds we know by id, then moves the payment to the refunded total. */
export async function recordRefunds(
  tx: Tx,
  paymentId: string,
  refunds: { id: string; amountCents: number; reason?: string | null }[],
): Promise<number> {
  for (const refund of refunds) {
    await tx.refund.upsert({
      where: { stripeRefundId: refund.id },
      update: {},
      create: { paymentId, stripeRefundId: refund.id, amountCents: refund.amountCents, reason: refund.reason ?? null },
    });
  }
  return refundedTotal(tx, paymentId);
}

/** What the recorded refunds of a payment add up to. */
export async function refundedTotal(tx: Tx, paymentId: string): Promise<number> {
  const sum = await tx.refund.aggregate({ where: { paymentId }, _sum: { amountCents: true } });
  return sum._sum.amountCents ?? 0;
}

export async function applyRefundTotal(
  tx: Tx,
  paymentId: string,
  totalRefundedCents: number,
  now: Date,
): Promise<AfterCommit[]> {
  const payment = await loadPayment(tx, paymentId);
  if (payment.status !== "PAID" && payment.status !== "PARTIALLY_REFUNDED") return [];
  const total = Math.min(totalRefundedCents, payment.amountCents);
  if (total <= payment.refundedCents) return [];
  const full = total >= payment.amountCents;
  await tx.payment.update({
    where: { id: payment.id },
    data: { refundedCents: total, status: full ? "REFUNDED" : "PARTIALLY_REFUNDED" },
  });
  await emitPaymentEvent(tx, "payment.refunded", payment.id);
  const effects = full ? await revokeAccess(tx, payment, now) : [];
  if (full) await releaseRedemption(tx, payment.id);
  const added = total - payment.refundedCents;
  await enqueue(tx, "mail", {
    to: payment.user.email,
    kind: "refund",
    ...refundMail(payment.user.name, payment.course.title, added, payment.currency, full),
  });
  return effects;
}

/** charge.refunded: Stripe's cumulative amount_refunded is the truth; refunds it lists become rows. */
export async function applyChargeRefunded(
  tx: Tx,
  paymentId: string,
  charge: ChargeView,
  now: Date,
): Promise<AfterCommit[]> {
  // Refund rows for one payment are written by the webhook and the admin's refund: one at a time.
  await lockPayment(tx, paymentId);
  const listed = (charge.refunds?.data ?? []).map((r) => ({ id: r.id, amountCents: r.amount, reason: r.reason }));
  let recorded = await recordRefunds(tx, paymentId, listed);
  if (charge.amount_refunded > recorded) {
    // A refund made elsewhere (e.g. the Stripe dashboard) that the event does not list by id.
    recorded = await recordRefunds(tx, paymentId, [
      {
        id: `${charge.id}:${charge.amount_refunded}`,
        amountCents: charge.amount_refunded - recorded,
        reason: "recorded from charge.refunded",
      },
    ]);
  }
  if (charge.receipt_url)
    await tx.payment.update({ where: { id: paymentId }, data: { receiptUrl: charge.receipt_url } });
  return applyRefundTotal(tx, paymentId, Math.max(recorded, charge.amount_refunded), now);
}

async function notifyAdmins(tx: Tx, payment: Awaited<ReturnType<typeof loadPayment>>, status: string): Promise<void> {
  const admins = await tx.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { email: true } });
  const content = disputeMail(
    payment.course.title,
    payment.user.email,
    payment.amountCents,
    payment.currency,
    status,
    appUrl("/admin/payments", { q: payment.id }),
  );
  for (const admin of admins) await enqueue(tx, "mail", { to: admin.email, kind: "payment-dispute", ...content });
}

export async function applyDisputeCreated(tx: Tx, paymentId: string, dispute: DisputeView): Promise<AfterCommit[]> {
  const payment = await loadPayment(tx, paymentId);
  if (payment.disputeStatus) return [];
  await tx.payment.update({ where: { id: paymentId }, data: { disputeStatus: "OPEN" } });
  await notifyAdmins(tx, payment, `opened (${dispute.reason ?? "no reason given"})`);
  return [];
}

/** A lost dispute means the money went back: access ends. Anything else closes it in our favour. */
export async function applyDisputeClosed(
  tx: Tx,
  paymentId: string,
  dispute: DisputeView,
  now: Date,
): Promise<AfterCommit[]> {
  const payment = await loadPayment(tx, paymentId);
  const outcome = dispute.status === "lost" ? "LOST" : "WON";
  if (payment.disputeStatus === outcome) return [];
  await tx.payment.update({ where: { id: paymentId }, data: { disputeStatus: outcome } });
  const effects = outcome === "LOST" ? await revokeAccess(tx, payment, now) : [];
  await notifyAdmins(tx, payment, outcome === "LOST" ? "lost: access revoked" : "won");
  return effects;
}
