import { db } from "../db/client";
import { findApplicableCoupon, loadPurchasableCourse } from "./checkout-service";
import { assertCouponUseFree } from "./coupon-uses";
import { formatMoney } from "./money";
import { quotePrice } from "./pricing";

export type CouponPreview = { code: string; listPrice: string; discount: string; total: string; free: boolean };

/** What the checkout would charge with this coupon; nothing is written. */
export async function previewCoupon(
  userId: string,
  courseSlug: string,
  code: string,
  now: Date = new Date(),
  cohortId?: string,
): Promise<CouponPreview> {
  return db.$transaction(async (tx) => {
    const course = await loadPurchasableCourse(tx, courseSlug, now, cohortId);
    const coupon = (await findApplicableCoupon(tx, code, course.id, now))!;
    await assertCouponUseFree(tx, coupon, userId, { lock: false });
    const quote = quotePrice(course.priceCents, coupon);
    return {
      code: coupon.code,
      listPrice: formatMoney(quote.listPriceCents, course.currency),
      discount: formatMoney(quote.discountCents, course.currency),
      total: formatMoney(quote.amountCents, course.currency),
      free: quote.amountCents === 0,
    };
  });
}
