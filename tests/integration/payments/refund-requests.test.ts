// One refund request is one refund: repeated and concurrent submits of the admin's form, the built-in
// provider's idempotency under concurrency, the audit trail, and the admin's reason. Also: a signed delivery
// whose body is not JSON is called malformed, not unsigned.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { refundPaymentAction, startCheckoutAction } from "@/lib/payments/actions";
import { actOnTestCheckout } from "@/lib/payments/provider/test-checkout";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { refundsOf } from "@/lib/payments/provider/test-provider";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createLearner, createPaidCourse, deliver, deliverTestProviderEventsInProcess, unique } from "./fixtures";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
});
afterAll(() => setWebhookDelivery(null));

async function paidPayment(priceCents: number) {
  const { course } = await createPaidCourse(t.db, { priceCents });
  const learner = await createLearner(t.db);
  const started = await runAction(
    startCheckoutAction.definition,
    { courseSlug: course.slug },
    scopeFor(claimsOf(learner)),
  );
  expect(started).toMatchObject({ ok: true, data: { kind: "redirect" } });
  const payment = await t.db.payment.findFirstOrThrow({ where: { userId: learner.id } });
  await actOnTestCheckout(learner.id, payment.stripeCheckoutSessionId!, "pay");
  expect(await t.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: "PAID" });
  return payment;
}

async function newAdmin() {
  return t.db.user.create({
    data: { email: `admin-${unique()}@example.test`, role: "ADMIN", emailVerified: new Date() },
    select: { id: true, sessionVersion: true },
  });
}

/** What the provider holds for the payment, and what the app recorded. */
async function ledgers(paymentId: string) {
  const payment = await t.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  const session = await t.db.testCheckoutSession.findUniqueOrThrow({ where: { id: payment.stripeCheckoutSessionId! } });
  const refunds = await t.db.refund.findMany({ where: { paymentId }, orderBy: { createdAt: "asc" } });
  const audits = await t.db.auditLog.count({ where: { action: "payment.refunded", targetId: paymentId } });
  return {
    provider: refundsOf(session).map((r) => ({ id: r.id, amountCents: r.amount })),
    app: refunds.map((r) => ({ id: r.stripeRefundId, amountCents: r.amountCents })),
    refunds,
    audits,
    refundedCents: payment.refundedCents,
  };
}

describe("admin refunds", () => {
  it("3 concurrent submits of one $5 refund: 1 refund, 1 audit row, provider and app agree", async () => {
    const payment = await paidPayment(7900);
    const admin = await newAdmin();
    const form = {
      paymentId: payment.id,
      amount: "5",
      reason: "Course started late",
      attempt: `a${unique()}${unique()}`,
    };
    const results = await Promise.all(
      [1, 2, 3].map(() => runAction(refundPaymentAction.definition, form, scopeFor(claimsOf(admin)))),
    );
    for (const r of results)
      expect(r).toMatchObject({ ok: true, data: { refundedCents: 500, status: "PARTIALLY_REFUNDED" } });
    const after = await ledgers(payment.id);
    expect(after.provider).toHaveLength(1);
    expect(after.app).toEqual(after.provider);
    expect(after.audits).toBe(1);
    expect(after.refundedCents).toBe(500);
    expect(after.refunds[0]).toMatchObject({ reason: "Course started late", requestKey: expect.any(String) });

    // The same request once more, after it finished, changes nothing and answers the same.
    expect(await runAction(refundPaymentAction.definition, form, scopeFor(claimsOf(admin)))).toMatchObject({
      ok: true,
      data: { refundedCents: 500 },
    });
    // A new request (a new form) is a second, legitimate refund, and is not refused.
    const second = await runAction(
      refundPaymentAction.definition,
      { ...form, reason: "", attempt: `b${unique()}${unique()}` },
      scopeFor(claimsOf(admin)),
    );
    expect(second).toMatchObject({ ok: true, data: { refundedCents: 1000 } });
    const final = await ledgers(payment.id);
    expect(final.provider).toHaveLength(2);
    expect(final.app).toEqual(final.provider);
    expect(final.audits).toBe(2);
    expect(final.refunds[1]).toMatchObject({ reason: null });
    expect(await t.db.emailOutbox.count({ where: { kind: "refund" } })).toBeGreaterThanOrEqual(2);
  });

  it("a full refund submitted twice at once ends access once and refunds once", async () => {
    const payment = await paidPayment(4900);
    const admin = await newAdmin();
    const form = { paymentId: payment.id, amount: "49.00", attempt: `f${unique()}${unique()}` };
    const results = await Promise.all(
      [1, 2].map(() => runAction(refundPaymentAction.definition, form, scopeFor(claimsOf(admin)))),
    );
    for (const r of results) expect(r).toMatchObject({ ok: true, data: { status: "REFUNDED", refundedCents: 4900 } });
    const after = await ledgers(payment.id);
    expect(after.provider).toHaveLength(1);
    expect(after.app).toEqual(after.provider);
    expect(after.audits).toBe(1);
    expect(await t.db.enrollment.findFirst({ where: { userId: payment.userId } })).toMatchObject({
      status: "REFUNDED",
    });
  });
});

describe("webhook payloads", () => {
  it("a valid signature over a body that is not JSON is answered 'malformed payload'", async () => {
    expect(await deliver("{not json")).toEqual({ status: 400, body: { error: "malformed payload" } });
    expect(await deliver(JSON.stringify({ hello: "world" }))).toEqual({
      status: 400,
      body: { error: "malformed payload" },
    });
    expect(await deliver("{}", { signature: "t=1,v1=deadbeef" })).toEqual({
      status: 400,
      body: { error: "invalid signature" },
    });
  });
});
