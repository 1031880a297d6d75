// The webhook route on a real database, with payloads signed by Stripe's own generateTestHeaderString.
import { beforeAll, describe, expect, it } from "vitest";
import { setPaymentProvider } from "@/lib/payments/provider";
import { testProvider } from "@/lib/payments/provider/test-provider";
import type { RefundInput } from "@/lib/payments/provider/types";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import {
  createLearner,
  createPaidCourse,
  createPendingPayment,
  deliver,
  sessionObject,
  stripeEvent,
  unique,
} from "./fixtures";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
});

async function counts() {
  const [payments, enrollments, events, refunds, deferred] = await Promise.all([
    t.db.payment.findMany({ orderBy: { id: "asc" } }),
    t.db.enrollment.findMany({ orderBy: { id: "asc" } }),
    t.db.processedWebhookEvent.count(),
    t.db.refund.count(),
    t.db.deferredWebhookEvent.count(),
  ]);
  return { payments, enrollments, events, refunds, deferred };
}

async function pendingPurchase(cohortSeats?: number) {
  const { course, cohort } = await createPaidCourse(t.db, { cohortSeats });
  const learner = await createLearner(t.db);
  const payment = await createPendingPayment(t.db, learner.id, course, cohort?.id ?? null);
  const completed = sessionObject({
    id: payment.stripeCheckoutSessionId,
    metadata: { paymentId: payment.id, userId: learner.id, courseId: course.id },
    client_reference_id: learner.id,
  });
  return { course, cohort, learner, payment, completed };
}

const enrolment = (userId: string, courseId: string) =>
  t.db.enrollment.findUnique({ where: { userId_courseId: { userId, courseId } } });

describe("POST /api/webhooks/stripe", () => {
  it("fulfils a valid checkout.session.completed: payment PAID, enrolment, receipt mail", async () => {
    const { course, learner, payment, completed } = await pendingPurchase();
    const result = await deliver(stripeEvent("checkout.session.completed", completed));
    expect(result).toEqual({ status: 200, body: { received: true, outcome: "processed" } });
    expect(await t.db.payment.findUnique({ where: { id: payment.id } })).toMatchObject({
      status: "PAID",
      stripePaymentIntentId: completed.payment_intent,
    });
    expect(await enrolment(learner.id, course.id)).toMatchObject({ status: "ACTIVE", source: "PURCHASE" });
    expect(await t.db.emailOutbox.findFirst({ where: { to: learner.email, kind: "receipt" } })).toMatchObject({
      subject: `Your receipt: ${course.title}`,
    });
  });

  it("answers 400 and writes nothing for a bad or missing signature", async () => {
    const { completed } = await pendingPurchase();
    const payload = stripeEvent("checkout.session.completed", completed);
    const before = await counts();
    expect((await deliver(payload, { secret: "whsec_someone_else" })).status).toBe(400);
    expect((await deliver(payload, { signature: "t=1,v1=deadbeef" })).status).toBe(400);
    expect(
      (
        await deliver(payload.replace('"paid"', '"PAID"'), {
          signature: (await import("stripe")).default.webhooks.generateTestHeaderString({
            payload,
            secret: (await import("@/lib/payments/provider/webhook-secret")).webhookSecret(),
          }),
        })
      ).status,
    ).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("answers 200 to a type outside the allow-list and records nothing", async () => {
    const before = await counts();
    expect(await deliver(stripeEvent("customer.created", { id: "cus_1", object: "customer" }))).toEqual({
      status: 200,
      body: { received: true, outcome: "ignored" },
    });
    expect(await counts()).toEqual(before);
  });

  it("processes a repeated event once, and five concurrent copies once", async () => {
    const { course, learner, payment, completed } = await pendingPurchase();
    const eventId = `evt_${unique()}`;
    const payload = stripeEvent("checkout.session.completed", completed, eventId);
    const results = await Promise.all(Array.from({ length: 5 }, () => deliver(payload)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(results.filter((r) => r.body.outcome === "processed")).toHaveLength(1);
    expect(results.filter((r) => r.body.outcome === "duplicate")).toHaveLength(4);
    expect((await deliver(payload)).body.outcome).toBe("duplicate");
    // A different event for the same session (Stripe's retry with a new id, or the success page) changes nothing either.
    expect((await deliver(stripeEvent("checkout.session.completed", completed))).body.outcome).toBe("processed");
    expect(await t.db.enrollment.count({ where: { userId: learner.id, courseId: course.id } })).toBe(1);
    expect(await t.db.emailOutbox.count({ where: { to: learner.email, kind: "receipt" } })).toBe(1);
    expect(await t.db.payment.findUnique({ where: { id: payment.id } })).toMatchObject({ status: "PAID" });
  });

  it("holds a refund that arrives before its completion and applies it when the completion lands", async () => {
    const { course, learner, payment, completed } = await pendingPurchase();
    const refundFirst = {
      id: `ch_${unique()}`,
      object: "charge",
      amount: 7900,
      amount_refunded: 7900,
      currency: "usd",
      payment_intent: completed.payment_intent,
      refunds: { data: [{ id: `re_${unique()}`, amount: 7900 }] },
    };
    expect((await deliver(stripeEvent("charge.refunded", refundFirst))).body.outcome).toBe("processed");
    expect(
      await t.db.deferredWebhookEvent.count({ where: { paymentIntentId: completed.payment_intent as string } }),
    ).toBe(1);
    expect(await enrolment(learner.id, course.id)).toBeNull();
    await deliver(stripeEvent("checkout.session.completed", completed));
    expect(await t.db.payment.findUnique({ where: { id: payment.id } })).toMatchObject({
      status: "REFUNDED",
      refundedCents: 7900,
    });
    expect(await enrolment(learner.id, course.id)).toMatchObject({ status: "REFUNDED" });
    expect(
      await t.db.deferredWebhookEvent.count({ where: { paymentIntentId: completed.payment_intent as string } }),
    ).toBe(0);
  });

  it("async payment: completed unpaid keeps the seat held, then async success fulfils", async () => {
    const { course, cohort, learner, payment, completed } = await pendingPurchase(3);
    await deliver(stripeEvent("checkout.session.completed", { ...completed, payment_status: "unpaid" }));
    expect(await t.db.payment.findUnique({ where: { id: payment.id } })).toMatchObject({ status: "PROCESSING" });
    expect(await enrolment(learner.id, course.id)).toBeNull();
    expect(
      await t.db.payment.count({ where: { cohortId: cohort!.id, status: { in: ["PENDING", "PROCESSING"] } } }),
    ).toBe(1);
    await deliver(stripeEvent("checkout.session.async_payment_succeeded", { ...completed, payment_status: "paid" }));
    expect(await t.db.payment.findUnique({ where: { id: payment.id } })).toMatchObject({ status: "PAID" });
    expect(await enrolment(learner.id, course.id)).toMatchObject({ status: "ACTIVE", cohortId: cohort!.id });
  });

  it("async payment failure marks the payment failed, releases the seat and offers it to the waitlist", async () => {
    const { course, cohort, learner, payment, completed } = await pendingPurchase(1);
    const waiting = await createLearner(t.db, "waiting");
    await t.db.waitlistEntry.create({ data: { cohortId: cohort!.id, userId: waiting.id } });
    await deliver(stripeEvent("checkout.session.completed", { ...completed, payment_status: "unpaid" }));
    await deliver(stripeEvent("checkout.session.async_payment_failed", { ...completed, payment_status: "unpaid" }));
    expect(await t.db.payment.findUnique({ where: { id: payment.id } })).toMatchObject({ status: "FAILED" });
    expect(await enrolment(learner.id, course.id)).toBeNull();
    expect(await t.db.emailOutbox.findFirst({ where: { to: learner.email, kind: "payment-failed" } })).not.toBeNull();
    const entry = await t.db.waitlistEntry.findFirstOrThrow({ where: { userId: waiting.id } });
    expect(entry.offerExpiresAt!.getTime() - entry.offeredAt!.getTime()).toBe(24 * 3_600_000);
    expect(await t.db.emailOutbox.findFirst({ where: { to: waiting.email, kind: "waitlist-offer" } })).toMatchObject({
      subject: `A seat opened in ${course.title}`,
    });
  });

  it("checkout.session.expired releases the seat hold; a late completion of an expired hold in a full cohort is refunded", async () => {
    const { cohort, payment, completed } = await pendingPurchase(1);
    await deliver(
      stripeEvent("checkout.session.expired", { ...completed, status: "expired", payment_status: "unpaid" }),
    );
    expect(await t.db.payment.findUnique({ where: { id: payment.id } })).toMatchObject({ status: "EXPIRED" });
    expect(
      await t.db.payment.count({ where: { cohortId: cohort!.id, status: { in: ["PENDING", "PROCESSING"] } } }),
    ).toBe(0);
    // The seat goes to someone else...
    const other = await createLearner(t.db, "other");
    await t.db.enrollment.create({
      data: { userId: other.id, courseId: cohort!.courseId, cohortId: cohort!.id, source: "PURCHASE" },
    });
    // ...so the old session's late completion gets no seat, and its money goes back.
    const refunds: RefundInput[] = [];
    setPaymentProvider({
      ...testProvider,
      createRefund: async (input) => (refunds.push(input), { id: "re_auto", amountCents: input.amountCents }),
    });
    try {
      await deliver(stripeEvent("checkout.session.completed", completed));
    } finally {
      setPaymentProvider(null);
    }
    expect(await t.db.enrollment.count({ where: { cohortId: cohort!.id, status: "ACTIVE" } })).toBe(1);
    expect(await t.db.enrollment.count({ where: { userId: payment.userId } })).toBe(0);
    expect(refunds).toEqual([
      {
        paymentIntentId: completed.payment_intent,
        amountCents: 7900,
        idempotencyKey: `auto-refund-${payment.id}`,
        metadata: { paymentId: payment.id, reason: "automatic" },
      },
    ]);
  });

  it("a dispute marks the payment and mails admins; a lost dispute revokes access", async () => {
    const admin = await t.db.user.create({ data: { email: `admin-${unique()}@example.test`, role: "ADMIN" } });
    const { course, learner, payment, completed } = await pendingPurchase();
    await deliver(stripeEvent("checkout.session.completed", completed));
    const dispute = {
      id: `dp_${unique()}`,
      object: "dispute",
      amount: 7900,
      charge: `ch_${unique()}`,
      payment_intent: completed.payment_intent,
      status: "needs_response",
      reason: "fraudulent",
    };
    await deliver(stripeEvent("charge.dispute.created", dispute));
    expect(await t.db.payment.findUnique({ where: { id: payment.id } })).toMatchObject({ disputeStatus: "OPEN" });
    expect(await t.db.emailOutbox.findFirst({ where: { to: admin.email, kind: "payment-dispute" } })).not.toBeNull();
    expect(await enrolment(learner.id, course.id)).toMatchObject({ status: "ACTIVE" });
    await deliver(stripeEvent("charge.dispute.closed", { ...dispute, status: "lost" }));
    expect(await t.db.payment.findUnique({ where: { id: payment.id } })).toMatchObject({ disputeStatus: "LOST" });
    expect(await enrolment(learner.id, course.id)).toMatchObject({ status: "REFUNDED" });
  });

  it("a partial refund keeps access; the rest of it then revokes", async () => {
    const { course, learner, payment, completed } = await pendingPurchase();
    await deliver(stripeEvent("checkout.session.completed", completed));
    const charge = {
      id: `ch_${unique()}`,
      object: "charge",
      amount: 7900,
      currency: "usd",
      payment_intent: completed.payment_intent,
    };
    await deliver(
      stripeEvent("charge.refunded", {
        ...charge,
        amount_refunded: 2000,
        refunds: { data: [{ id: "re_part_1", amount: 2000 }] },
      }),
    );
    expect(await t.db.payment.findUnique({ where: { id: payment.id } })).toMatchObject({
      status: "PARTIALLY_REFUNDED",
      refundedCents: 2000,
    });
    expect(await enrolment(learner.id, course.id)).toMatchObject({ status: "ACTIVE" });
    // An event that lists no refunds (newer API versions) still moves the total.
    await deliver(stripeEvent("charge.refunded", { ...charge, amount_refunded: 7900 }));
    expect(await t.db.payment.findUnique({ where: { id: payment.id } })).toMatchObject({
      status: "REFUNDED",
      refundedCents: 7900,
    });
    expect(await t.db.refund.aggregate({ where: { paymentId: payment.id }, _sum: { amountCents: true } })).toEqual({
      _sum: { amountCents: 7900 },
    });
    expect(await enrolment(learner.id, course.id)).toMatchObject({ status: "REFUNDED" });
  });

  it("answers 500 and writes nothing when processing fails, so Stripe retries", async () => {
    const before = await counts();
    // A completion whose payload is not a Checkout session fails validation inside the transaction.
    const result = await deliver(
      stripeEvent("checkout.session.completed", { id: "cs_broken", object: "checkout.session" }),
    );
    expect(result.status).toBe(500);
    expect(await counts()).toEqual(before);
  });
});
