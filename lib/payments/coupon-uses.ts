// A coupon's uses: a redemption for each fulfilled purchase, and a reservation for each open checkout (a
// PENDING or PROCESSING payment that carries the coupon). A reservation ends with its checkout (expiry,
// failure, cancel) and turns into a redemption at fulfilment; a full refund gives the redemption back.
// Uses are counted and taken under the coupon's row lock, so parallel checkouts cannot pass the limit.
import { PaymentError } from "./errors";
import { couponUseRefusal, type CouponRules, type CouponUses } from "./pricing";
import type { Tx } from "./transaction";

export async function lockCoupon(tx: Tx, couponId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Coupon" WHERE id = ${couponId} FOR UPDATE`;
}

/**
 * Redemptions (the coupon's counter, kept in step with its redemption rows) and open reservations, all and
 * the learner's own; `exceptPaymentId` is left out of the reservations.
 */
export async function couponUses(tx: Tx, couponId: string, userId: string, exceptPaymentId = ""): Promise<CouponUses> {
  const [row] = await tx.$queryRaw<CouponUses[]>`
    SELECT
      (SELECT "redeemedCount" FROM "Coupon" WHERE id = ${couponId})
        + (SELECT count(*) FROM "Payment" WHERE "couponId" = ${couponId} AND "status" IN ('PENDING', 'PROCESSING') AND id <> ${exceptPaymentId})::int AS "total",
      (SELECT count(*) FROM "CouponRedemption" WHERE "couponId" = ${couponId} AND "userId" = ${userId})::int AS "redeemedByLearner",
      (SELECT count(*) FROM "Payment" WHERE "couponId" = ${couponId} AND "userId" = ${userId} AND "status" IN ('PENDING', 'PROCESSING') AND id <> ${exceptPaymentId})::int AS "openByLearner"`;
  return row ?? { total: 0, redeemedByLearner: 0, openByLearner: 0 };
}

/** Refuses (with a sentence for the coupon field) when the coupon has no use left for this learner. */
export async function assertCouponUseFree(
  tx: Tx,
  coupon: CouponRules & { id: string },
  userId: string,
  options: { lock: boolean },
): Promise<void> {
  if (options.lock) await lockCoupon(tx, coupon.id);
  const refusal = couponUseRefusal(coupon, await couponUses(tx, coupon.id, userId));
  if (refusal) throw new PaymentError(refusal, { couponCode: [refusal] });
}

/** The reservation (or, for a 100% coupon, the enrolment) becomes a redemption. */
export async function recordRedemption(
  tx: Tx,
  use: { couponId: string; userId: string; paymentId: string | null },
): Promise<boolean> {
  const { count } = await tx.couponRedemption.createMany({ data: [use], skipDuplicates: true });
  if (count === 0) return false;
  await tx.coupon.update({ where: { id: use.couponId }, data: { redeemedCount: { increment: 1 } } });
  return true;
}

/**
 * At fulfilment. An open checkout's reservation is already counted; one whose hold was released (a payment
 * arriving after expiry or failure) must win a use again under the lock. False: no use left, refund it.
 */
export async function redeemAtFulfilment(
  tx: Tx,
  payment: { id: string; couponId: string; userId: string },
  holdWasReleased: boolean,
): Promise<boolean> {
  if (holdWasReleased) {
    await lockCoupon(tx, payment.couponId);
    const coupon = await tx.coupon.findUnique({ where: { id: payment.couponId } });
    if (!coupon || couponUseRefusal(coupon, await couponUses(tx, coupon.id, payment.userId, payment.id))) return false;
  }
  return recordRedemption(tx, { couponId: payment.couponId, userId: payment.userId, paymentId: payment.id });
}

/** A fully refunded purchase gives its coupon use back. */
export async function releaseRedemption(tx: Tx, paymentId: string): Promise<void> {
  const redemption = await tx.couponRedemption.findUnique({
    where: { paymentId },
    select: { id: true, couponId: true },
  });
  if (!redemption) return;
  await tx.couponRedemption.delete({ where: { id: redemption.id } });
  await tx.coupon.update({ where: { id: redemption.couponId }, data: { redeemedCount: { decrement: 1 } } });
}
