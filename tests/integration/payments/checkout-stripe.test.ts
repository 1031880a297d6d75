// Checkout and refunds against a local server standing in for Stripe: what we send is checked there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { refundPaymentAction, startCheckoutAction } from "@/lib/payments/actions";
import { confirmCheckoutReturn } from "@/lib/payments/checkout-return";
import { setPaymentProvider } from "@/lib/payments/provider";
import { createStripeProvider } from "@/lib/payments/provider/stripe-provider";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { FakeStripe } from "./fake-stripe";
import { createLearner, createPaidCourse, deliver, stripeEvent, unique } from "./fixtures";

let t: TestDatabase;
const stripe = new FakeStripe();

beforeAll(async () => {
  t = await useTestDatabase();
  await stripe.start();
  setPaymentProvider(createStripeProvider(stripe.connection()));
});

afterAll(async () => {
  setPaymentProvider(null);
  await stripe.stop();
});

type Learner = Awaited<ReturnType<typeof createLearner>>;
const buy = (learner: Learner, input: Record<string, string>) =>
  runAction(startCheckoutAction.definition, input, scopeFor(claimsOf(learner)));
const creates = () => stripe.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions");

async function writes() {
  const [payments, enrollments, redemptions] = await Promise.all([
    t.db.payment.count(),
    t.db.enrollment.count(),
    t.db.couponRedemption.count(),
  ]);
  return { payments, enrollments, redemptions, stripeCreates: creates().length };
}

describe("startCheckoutAction with Stripe", () => {
  it("sends the price from our database, the ids in metadata, an idempotency key and a 30-minute expiry", async () => {
    const { course } = await createPaidCourse(t.db, { priceCents: 7900 });
    const learner = await createLearner(t.db);
    const before = Date.now();
    const result = await buy(learner, { courseSlug: course.slug });
    expect(result).toMatchObject({ ok: true, data: { kind: "redirect" } });
    const payment = await t.db.payment.findFirstOrThrow({ where: { userId: learner.id } });
    const sent = creates().at(-1)!;
    expect(sent.idempotencyKey).toBe(`checkout-${payment.id}`);
    expect(sent.form).toMatchObject({
      mode: "payment",
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][unit_amount]": "7900",
      "line_items[0][price_data][currency]": "usd",
      "line_items[0][price_data][product_data][name]": course.title,
      customer_email: learner.email,
      client_reference_id: learner.id,
      "metadata[paymentId]": payment.id,
      "metadata[userId]": learner.id,
      "metadata[courseId]": course.id,
      "payment_intent_data[metadata][paymentId]": payment.id,
      allow_promotion_codes: "true",
    });
    const expiresInMinutes = (Number(sent.form.expires_at) * 1000 - before) / 60_000;
    expect(expiresInMinutes).toBeGreaterThan(30);
    expect(expiresInMinutes).toBeLessThan(32);
    expect(result.ok && result.data.kind === "redirect" && result.data.url).toBe(
      stripe.sessions.get(payment.stripeCheckoutSessionId!)!.url,
    );
    expect(payment).toMatchObject({ status: "PENDING", amountCents: 7900, listPriceCents: 7900, discountCents: 0 });
  });

  it("reuses the open checkout instead of creating a second one", async () => {
    const { course } = await createPaidCourse(t.db);
    const learner = await createLearner(t.db);
    const first = await buy(learner, { courseSlug: course.slug });
    const count = creates().length;
    const again = await buy(learner, { courseSlug: course.slug });
    expect(again).toEqual(first);
    expect(creates().length).toBe(count);
    expect(await t.db.payment.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("refuses tampered input, unknown, unpublished and free courses with a sentence, writing nothing", async () => {
    const { course } = await createPaidCourse(t.db);
    const { course: draft } = await createPaidCourse(t.db, { status: "DRAFT" });
    const { course: free } = await createPaidCourse(t.db, { priceCents: 0 });
    const learner = await createLearner(t.db);
    const before = await writes();
    expect(await buy(learner, { courseSlug: course.slug, priceCents: "1" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await buy(learner, { courseSlug: course.slug, quantity: "3" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await buy(learner, { courseSlug: "no-such-course" })).toMatchObject({
      ok: false,
      error: "This course is not available.",
    });
    expect(await buy(learner, { courseSlug: draft.slug })).toMatchObject({
      ok: false,
      error: "This course is not available.",
    });
    expect(await buy(learner, { courseSlug: free.slug })).toMatchObject({
      ok: false,
      error: expect.stringContaining("free"),
    });
    expect(await writes()).toEqual(before);
  });

  it("says Continue (no purchase) to a learner who is already enrolled", async () => {
    const { course } = await createPaidCourse(t.db);
    const learner = await createLearner(t.db);
    await t.db.enrollment.create({ data: { userId: learner.id, courseId: course.id, source: "ADMIN" } });
    const before = await writes();
    expect(await buy(learner, { courseSlug: course.slug })).toEqual({
      ok: true,
      data: { kind: "enrolled", href: `/courses/${course.slug}/lessons/first` },
    });
    expect(await writes()).toEqual(before);
  });

  it("applies a coupon before Checkout and refuses expired, used-up and other-course coupons", async () => {
    const { course } = await createPaidCourse(t.db, { priceCents: 10_000 });
    const { course: other } = await createPaidCourse(t.db);
    const code = `SAVE${unique()}`.toUpperCase();
    await t.db.coupon.create({ data: { code, percentOff: 25, courseId: course.id } });
    await t.db.coupon.create({ data: { code: `${code}OLD`, percentOff: 10, expiresAt: new Date(Date.now() - 1000) } });
    await t.db.coupon.create({
      data: { code: `${code}GONE`, amountOffCents: 500, maxRedemptions: 1, redeemedCount: 1 },
    });
    const learner = await createLearner(t.db);
    const before = await writes();
    expect(await buy(learner, { courseSlug: course.slug, couponCode: `${code}OLD` })).toMatchObject({
      ok: false,
      error: expect.stringContaining("has expired"),
    });
    expect(await buy(learner, { courseSlug: course.slug, couponCode: `${code}GONE` })).toMatchObject({
      ok: false,
      error: expect.stringContaining("used up"),
    });
    expect(await buy(learner, { courseSlug: other.slug, couponCode: code })).toMatchObject({
      ok: false,
      error: expect.stringContaining("different course"),
    });
    expect(await buy(learner, { courseSlug: course.slug, couponCode: "NOPE" })).toMatchObject({
      ok: false,
      fieldErrors: { couponCode: [expect.stringContaining("does not exist")] },
    });
    expect(await writes()).toEqual(before);

    expect(await buy(learner, { courseSlug: course.slug, couponCode: code.toLowerCase() })).toMatchObject({
      ok: true,
      data: { kind: "redirect" },
    });
    const sent = creates().at(-1)!;
    expect(sent.form["line_items[0][price_data][unit_amount]"]).toBe("7500");
    expect(sent.form["metadata[coupon]"]).toBe(code);
    expect(sent.form.allow_promotion_codes).toBeUndefined();
    expect(await t.db.payment.findFirstOrThrow({ where: { userId: learner.id } })).toMatchObject({
      listPriceCents: 10_000,
      discountCents: 2500,
      amountCents: 7500,
    });
  });

  it("a 100% coupon enrols without Checkout, once per learner", async () => {
    const { course } = await createPaidCourse(t.db);
    const code = `FREE${unique()}`.toUpperCase();
    await t.db.coupon.create({ data: { code, percentOff: 100 } });
    const learner = await createLearner(t.db);
    const count = creates().length;
    expect(await buy(learner, { courseSlug: course.slug, couponCode: code })).toMatchObject({
      ok: true,
      data: { kind: "enrolled" },
    });
    expect(creates().length).toBe(count);
    expect(await t.db.enrollment.findFirst({ where: { userId: learner.id } })).toMatchObject({
      status: "ACTIVE",
      source: "COUPON",
    });
    expect(await t.db.coupon.findUniqueOrThrow({ where: { code } })).toMatchObject({ redeemedCount: 1 });
    const { course: second } = await createPaidCourse(t.db);
    expect(await buy(learner, { courseSlug: second.slug, couponCode: code })).toMatchObject({
      ok: false,
      error: expect.stringContaining("already used"),
    });
  });

  it("a provider failure answers a sentence and releases the hold", async () => {
    const { course } = await createPaidCourse(t.db);
    const learner = await createLearner(t.db);
    stripe.failNext = true;
    expect(await buy(learner, { courseSlug: course.slug })).toMatchObject({
      ok: false,
      error: expect.stringContaining("Nothing was charged"),
    });
    expect(await t.db.payment.findFirstOrThrow({ where: { userId: learner.id } })).toMatchObject({ status: "FAILED" });
  });
});

describe("success page and refunds with Stripe", () => {
  it("the success page retrieves the session and fulfils; the late webhook changes nothing", async () => {
    const { course } = await createPaidCourse(t.db);
    const learner = await createLearner(t.db);
    await buy(learner, { courseSlug: course.slug });
    const payment = await t.db.payment.findFirstOrThrow({ where: { userId: learner.id } });
    const sessionId = payment.stripeCheckoutSessionId!;
    expect((await confirmCheckoutReturn(learner.id, sessionId))?.state).toBe("confirming");
    const session = stripe.complete(sessionId);
    expect(stripe.requests.at(-1)).toMatchObject({
      method: "GET",
      path: expect.stringContaining(`/v1/checkout/sessions/${sessionId}`),
    });
    expect((await confirmCheckoutReturn(learner.id, sessionId))?.state).toBe("ready");
    const other = await createLearner(t.db, "nosy");
    expect(await confirmCheckoutReturn(other.id, sessionId)).toBeNull();
    expect((await deliver(stripeEvent("checkout.session.completed", session))).body.outcome).toBe("processed");
    expect(await t.db.enrollment.count({ where: { userId: learner.id } })).toBe(1);
    expect(await t.db.emailOutbox.count({ where: { to: learner.email, kind: "receipt" } })).toBe(1);
  });

  it("admin refunds send the amount and an idempotency key per attempt; a double submit refunds once", async () => {
    const admin = await t.db.user.create({
      data: { email: `admin-${unique()}@example.test`, role: "ADMIN" },
      select: { id: true, sessionVersion: true },
    });
    const { course } = await createPaidCourse(t.db, { priceCents: 7900 });
    const learner = await createLearner(t.db);
    await buy(learner, { courseSlug: course.slug });
    const payment = await t.db.payment.findFirstOrThrow({ where: { userId: learner.id } });
    await deliver(stripeEvent("checkout.session.completed", stripe.complete(payment.stripeCheckoutSessionId!)));
    const pi = (await t.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).stripePaymentIntentId;

    const refund = (amount: string, attempt: string) =>
      runAction(
        refundPaymentAction.definition,
        { paymentId: payment.id, amount, attempt, reason: "Asked nicely" },
        scopeFor(claimsOf(admin)),
      );
    expect(await refund("20.00", "attempt-one")).toMatchObject({
      ok: true,
      data: { refundedCents: 2000, status: "PARTIALLY_REFUNDED" },
    });
    // The repeat is answered from the recorded request: Stripe is not asked again, and nothing is audited twice.
    expect(await refund("20.00", "attempt-one")).toMatchObject({ ok: true, data: { refundedCents: 2000 } });
    const refundCalls = stripe.requests.filter((r) => r.path === "/v1/refunds");
    expect(refundCalls.map((r) => [r.idempotencyKey, r.form.amount, r.form.payment_intent])).toEqual([
      [`refund-${payment.id}-attempt-one`, "2000", pi],
    ]);
    expect(await t.db.enrollment.findFirst({ where: { userId: learner.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await refund("60.00", "attempt-two")).toMatchObject({
      ok: false,
      fieldErrors: { amount: ["At most $59.00 can still be refunded."] },
    });
    expect(await refund("59", "attempt-three")).toMatchObject({
      ok: true,
      data: { refundedCents: 7900, status: "REFUNDED" },
    });
    expect(await t.db.enrollment.findFirst({ where: { userId: learner.id } })).toMatchObject({ status: "REFUNDED" });
    expect(await t.db.auditLog.count({ where: { action: "payment.refunded", targetId: payment.id } })).toBe(2);
    expect(await t.db.emailOutbox.count({ where: { to: learner.email, kind: "refund" } })).toBe(2);
  });
});
