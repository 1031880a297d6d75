import { describe, expect, it } from "vitest";
import {
  couponRefusal,
  couponUseRefusal,
  normaliseCouponCode,
  quotePrice,
  type CouponRules,
} from "@/lib/payments/pricing";

const now = new Date("2026-12-01T12:00:00Z");
const base: CouponRules = {
  code: "SAVE",
  percentOff: 20,
  amountOffCents: null,
  courseId: null,
  maxRedemptions: null,
  redeemedCount: 0,
  expiresAt: null,
  active: true,
};
const ctx = { courseId: "course-1", now };
const noUses = { total: 0, redeemedByLearner: 0, openByLearner: 0 };

describe("quotePrice", () => {
  it("takes a percentage, rounded to the nearest cent", () => {
    expect(quotePrice(7900, { percentOff: 25, amountOffCents: null })).toEqual({
      listPriceCents: 7900,
      discountCents: 1975,
      amountCents: 5925,
    });
    expect(quotePrice(999, { percentOff: 15, amountOffCents: null })).toEqual({
      listPriceCents: 999,
      discountCents: 150,
      amountCents: 849,
    });
  });
  it("takes a fixed amount but never more than the price", () => {
    expect(quotePrice(7900, { percentOff: null, amountOffCents: 1000 }).amountCents).toBe(6900);
    expect(quotePrice(500, { percentOff: null, amountOffCents: 1000 })).toEqual({
      listPriceCents: 500,
      discountCents: 500,
      amountCents: 0,
    });
  });
  it("100% makes it free; no coupon changes nothing", () => {
    expect(quotePrice(24_900, { percentOff: 100, amountOffCents: null }).amountCents).toBe(0);
    expect(quotePrice(24_900, null)).toEqual({ listPriceCents: 24_900, discountCents: 0, amountCents: 24_900 });
  });
});

describe("couponRefusal", () => {
  it("accepts a valid coupon", () => expect(couponRefusal(base, ctx)).toBeNull());
  it("refuses unknown and inactive coupons alike", () => {
    expect(couponRefusal(null, ctx)).toMatch(/does not exist/);
    expect(couponRefusal({ ...base, active: false }, ctx)).toMatch(/does not exist/);
  });
  it("refuses at the expiry instant, not only after it", () => {
    expect(couponRefusal({ ...base, expiresAt: now }, ctx)).toMatch(/expired/);
    expect(couponRefusal({ ...base, expiresAt: new Date(now.getTime() + 1) }, ctx)).toBeNull();
  });
  it("refuses another course's coupon", () =>
    expect(couponRefusal({ ...base, courseId: "course-2" }, ctx)).toMatch(/different course/));
  it("normalises codes", () => expect(normaliseCouponCode("  save-20 ")).toBe("SAVE-20"));
});

describe("couponUseRefusal", () => {
  it("counts open checkouts with redemptions: refuses when the cap is reached, not one before", () => {
    expect(couponUseRefusal({ ...base, maxRedemptions: 3 }, { ...noUses, total: 3 })).toMatch(/used up/);
    expect(couponUseRefusal({ ...base, maxRedemptions: 3 }, { ...noUses, total: 2 })).toBeNull();
    expect(couponUseRefusal(base, { ...noUses, total: 1000 })).toBeNull();
  });
  it("refuses a second use by the same learner, redeemed or held by an open checkout", () => {
    expect(couponUseRefusal(base, { ...noUses, total: 1, redeemedByLearner: 1 })).toMatch(/already used/);
    expect(couponUseRefusal(base, { ...noUses, total: 1, openByLearner: 1 })).toMatch(/checkout you have open/);
  });
});
