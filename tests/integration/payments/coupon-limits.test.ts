// Coupon use limits under concurrency: a use is reserved when a checkout opens (under the coupon's row lock),
// released when the checkout ends unpaid or is fully refunded, and becomes a redemption when it is paid.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { refundPaymentAction, startCheckoutAction } from "@/lib/payments/actions";
import { cancelCheckout } from "@/lib/payments/checkout-return";
import { actOnTestCheckout } from "@/lib/payments/provider/test-checkout";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import {
  createLearner,
  createPaidCourse,
  deliver,
  deliverTestProviderEventsInProcess,
  sessionObject,
  stripeEvent,
  unique,
} from "./fixtures";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
});
afterAll(() => setWebhookDelivery(null));

type Learner = Awaited<ReturnType<typeof createLearner>>;
const buy = (learner: Learner, courseSlug: string, couponCode?: string) =>
  runAction(startCheckoutAction.definition, { courseSlug, couponCode }, scopeFor(claimsOf(learner)));

async function newCoupon(data: { percentOff: number; maxRedemptions?: number }) {
  return t.db.coupon.create({ data: { code: `C${unique()}`.toUpperCase(), ...data } });
}

/** Pays on the built-in provider's checkout page, which delivers checkout.session.completed as Stripe would. */
async function pay(paymentId: string) {
  const p = await t.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  return actOnTestCheckout(p.userId, p.stripeCheckoutSessionId!, "pay");
}

async function expire(paymentId: string) {
  const p = await t.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  return deliver(
    stripeEvent(
      "checkout.session.expired",
      sessionObject({
        id: p.stripeCheckoutSessionId,
        status: "expired",
        payment_status: "unpaid",
        metadata: { paymentId: p.id },
      }),
    ),
  );
}

const openPaymentOf = (userId: string, couponId: string) =>
  t.db.payment.findFirstOrThrow({ where: { userId, couponId, status: "PENDING" } });

describe("coupon use limits", () => {
  it("10 buyers at once against a limit of 3: exactly 3 discounted checkouts, 7 'used up' answers", async () => {
    const { course } = await createPaidCourse(t.db, { priceCents: 10_000 });
    const coupon = await newCoupon({ percentOff: 10, maxRedemptions: 3 });
    const learners = await Promise.all(Array.from({ length: 10 }, (_, i) => createLearner(t.db, `buyer${i}`)));
    const results = await Promise.all(learners.map((l) => buy(l, course.slug, coupon.code)));
    expect(results.filter((r) => r.ok && r.data.kind === "redirect")).toHaveLength(3);
    const refusals = results.filter((r) => !r.ok);
    expect(refusals).toHaveLength(7);
    for (const r of refusals) expect(r).toMatchObject({ error: `The coupon ${coupon.code} has been used up.` });
    const discounted = await t.db.payment.findMany({ where: { couponId: coupon.id } });
    expect(discounted).toHaveLength(3);

    await Promise.all(discounted.map((p) => pay(p.id)));
    expect(await t.db.couponRedemption.count({ where: { couponId: coupon.id } })).toBe(3);
    expect(await t.db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ redeemedCount: 3 });
    expect(await t.db.payment.count({ where: { couponId: coupon.id, status: "PAID" } })).toBe(3);
  }, 120_000);

  it("a 100% coupon with a limit of 3 enrols exactly 3 of 10 at once", async () => {
    const { course } = await createPaidCourse(t.db);
    const coupon = await newCoupon({ percentOff: 100, maxRedemptions: 3 });
    const learners = await Promise.all(Array.from({ length: 10 }, (_, i) => createLearner(t.db, `free${i}`)));
    const results = await Promise.all(learners.map((l) => buy(l, course.slug, coupon.code)));
    expect(results.filter((r) => r.ok && r.data.kind === "enrolled")).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.error.includes("used up"))).toHaveLength(7);
    expect(await t.db.enrollment.count({ where: { courseId: course.id, source: "COUPON" } })).toBe(3);
    expect(await t.db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ redeemedCount: 3 });
  }, 120_000);

  it("one learner, two open checkouts with a once-per-learner coupon: the second is refused until the first ends", async () => {
    const { course: first } = await createPaidCourse(t.db);
    const { course: second } = await createPaidCourse(t.db);
    const coupon = await newCoupon({ percentOff: 50 });
    const learner = await createLearner(t.db);
    expect(await buy(learner, first.slug, coupon.code)).toMatchObject({ ok: true, data: { kind: "redirect" } });
    expect(await buy(learner, second.slug, coupon.code)).toMatchObject({
      ok: false,
      fieldErrors: { couponCode: [expect.stringContaining("checkout you have open")] },
    });
    // Opening the same course's checkout again with the coupon is the same reservation, not a second one.
    expect(await buy(learner, first.slug, coupon.code)).toMatchObject({ ok: true, data: { kind: "redirect" } });
    expect(await t.db.payment.count({ where: { userId: learner.id, couponId: coupon.id } })).toBe(1);

    const open = await openPaymentOf(learner.id, coupon.id);
    expect(await cancelCheckout(learner.id, open.id)).toBe(first.slug);
    expect(await buy(learner, second.slug, coupon.code)).toMatchObject({ ok: true, data: { kind: "redirect" } });
    await pay((await openPaymentOf(learner.id, coupon.id)).id);
    expect(await buy(learner, first.slug, coupon.code)).toMatchObject({
      ok: false,
      error: expect.stringContaining("already used"),
    });
  });

  it("a use is released on expiry and on a full refund, and a late payment after the use was taken is refunded", async () => {
    const { course } = await createPaidCourse(t.db, { priceCents: 8000 });
    const coupon = await newCoupon({ percentOff: 50, maxRedemptions: 1 });
    const [a, b, c] = await Promise.all([createLearner(t.db, "a"), createLearner(t.db, "b"), createLearner(t.db, "c")]);
    expect(await buy(a, course.slug, coupon.code)).toMatchObject({ ok: true });
    expect(await buy(b, course.slug, coupon.code)).toMatchObject({
      ok: false,
      error: expect.stringContaining("used up"),
    });
    const aPayment = await openPaymentOf(a.id, coupon.id);
    await expire(aPayment.id);
    expect(await buy(b, course.slug, coupon.code)).toMatchObject({ ok: true });

    // A's checkout was paid after all (Stripe delivered late): the use is B's now, so A's money goes back.
    await pay(aPayment.id);
    expect(await t.db.payment.findUniqueOrThrow({ where: { id: aPayment.id } })).toMatchObject({ status: "REFUNDED" });
    expect(await t.db.enrollment.count({ where: { userId: a.id, courseId: course.id } })).toBe(0);
    expect(await t.db.couponRedemption.count({ where: { couponId: coupon.id } })).toBe(0);

    const bPayment = await openPaymentOf(b.id, coupon.id);
    await pay(bPayment.id);
    expect(await t.db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ redeemedCount: 1 });
    expect(await buy(c, course.slug, coupon.code)).toMatchObject({
      ok: false,
      error: expect.stringContaining("used up"),
    });

    const admin = await t.db.user.create({
      data: { email: `admin-${unique()}@example.test`, role: "ADMIN", emailVerified: new Date() },
    });
    const refunded = await runAction(
      refundPaymentAction.definition,
      { paymentId: bPayment.id, amount: "40.00", attempt: `full-${unique()}` },
      scopeFor(claimsOf(admin)),
    );
    expect(refunded).toMatchObject({ ok: true, data: { status: "REFUNDED" } });
    expect(await t.db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ redeemedCount: 0 });
    expect(await t.db.couponRedemption.count({ where: { couponId: coupon.id } })).toBe(0);
    expect(await buy(c, course.slug, coupon.code)).toMatchObject({ ok: true, data: { kind: "redirect" } });
  });
});
