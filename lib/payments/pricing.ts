// Coupon rules and the price a learner pays. Pure: the caller loads the coupon and the learner's history.

export type CouponRules = {
  code: string;
  percentOff: number | null;
  amountOffCents: number | null;
  courseId: string | null;
  maxRedemptions: number | null;
  redeemedCount: number;
  expiresAt: Date | null;
  active: boolean;
};

export type Quote = { listPriceCents: number; discountCents: number; amountCents: number };

/** A coupon's uses taken: redemptions plus open checkouts holding one (all, and the learner's own). */
export type CouponUses = { total: number; redeemedByLearner: number; openByLearner: number };

/** Why this coupon cannot be used for this course now, or null when it can (its uses are checked apart). */
export function couponRefusal(coupon: CouponRules | null, context: { courseId: string; now: Date }): string | null {
  if (!coupon || !coupon.active) return "That coupon code does not exist. Check the spelling and try again.";
  if (coupon.expiresAt && coupon.expiresAt <= context.now) return `The coupon ${coupon.code} has expired.`;
  if (coupon.courseId && coupon.courseId !== context.courseId)
    return `The coupon ${coupon.code} is for a different course.`;
  return null;
}

/** Why no use of this coupon is left for this learner, or null. Each learner uses a coupon once. */
export function couponUseRefusal(
  coupon: Pick<CouponRules, "code" | "maxRedemptions">,
  uses: CouponUses,
): string | null {
  if (coupon.maxRedemptions !== null && uses.total >= coupon.maxRedemptions)
    return `The coupon ${coupon.code} has been used up.`;
  if (uses.redeemedByLearner > 0) return `You have already used the coupon ${coupon.code}.`;
  if (uses.openByLearner > 0)
    return `The coupon ${coupon.code} is already applied to a checkout you have open. Finish or cancel that one first.`;
  return null;
}

/** The discount never exceeds the price, and a percentage rounds to the nearest cent. */
export function quotePrice(
  listPriceCents: number,
  coupon: Pick<CouponRules, "percentOff" | "amountOffCents"> | null,
): Quote {
  let discountCents = 0;
  if (coupon?.percentOff) discountCents = Math.round((listPriceCents * coupon.percentOff) / 100);
  else if (coupon?.amountOffCents) discountCents = coupon.amountOffCents;
  discountCents = Math.min(Math.max(0, discountCents), listPriceCents);
  return { listPriceCents, discountCents, amountCents: listPriceCents - discountCents };
}

/** Coupon codes are matched without regard to case or surrounding spaces. */
export function normaliseCouponCode(code: string): string {
  return code.trim().toUpperCase();
}
