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

/** Why this coupon cannot be used for this course by this learner now, or null when it can. */
export function couponRefusal(
  coupon: CouponRules | null,
  context: { courseId: string; now: Date; alreadyUsedByLearner: boolean },
): string | null {
  if (!coupon || !coupon.active) return "That coupon code does not exist. Check the spelling and try again.";
  if (coupon.expiresAt && coupon.expiresAt <= context.now) return `The coupon ${coupon.code} has expired.`;
  if (coupon.courseId && coupon.courseId !== context.courseId)
    return `The coupon ${coupon.code} is for a different course.`;
  if (coupon.maxRedemptions !== null && coupon.redeemedCount >= coupon.maxRedemptions)
    return `The coupon ${coupon.code} has been used up.`;
  if (context.alreadyUsedByLearner) return `You have already used the coupon ${coupon.code}.`;
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
