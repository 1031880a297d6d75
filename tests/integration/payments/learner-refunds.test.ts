// A learner's "Ask for a refund" (issue #28): within the policy it refunds at once, through the admin refund
// path, and a burst of clicks is one refund; outside it, a request an admin approves or declines with a message.
// Run on PostgreSQL too (TEST_DATABASE_URL): PGlite serialises transactions and would hide a race.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { answerRefundRequestAction, askForRefundAction, startCheckoutAction } from "@/lib/payments/actions";
import { actOnTestCheckout } from "@/lib/payments/provider/test-checkout";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { refundsOf } from "@/lib/payments/provider/test-provider";
import { listRefundRequests } from "@/lib/payments/refund-requests";
import { PUBLISHED_LESSON } from "@/lib/content/published";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createLearner, createPaidCourse, deliverTestProviderEventsInProcess, unique } from "./fixtures";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
});
afterAll(() => setWebhookDelivery(null));

async function purchase() {
  const { course } = await createPaidCourse(t.db, { priceCents: 12900 });
  const learner = await createLearner(t.db);
  const started = await runAction(
    startCheckoutAction.definition,
    { courseSlug: course.slug },
    scopeFor(claimsOf(learner)),
  );
  expect(started).toMatchObject({ ok: true });
  const payment = await t.db.payment.findFirstOrThrow({ where: { userId: learner.id } });
  await actOnTestCheckout(learner.id, payment.stripeCheckoutSessionId!, "pay");
  return { learner, payment, course };
}

async function providerRefunds(paymentId: string) {
  const payment = await t.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  const session = await t.db.testCheckoutSession.findUniqueOrThrow({ where: { id: payment.stripeCheckoutSessionId! } });
  return refundsOf(session);
}

const admin = () =>
  t.db.user.create({
    data: { email: `admin-${unique()}@example.test`, role: "ADMIN", emailVerified: new Date() },
    select: { id: true, sessionVersion: true },
  });

describe("a learner asks for a refund", () => {
  it("within the policy: four concurrent clicks make one full refund, and access ends", async () => {
    const { learner, payment } = await purchase();
    const form = { paymentId: payment.id, reason: "Not what I expected" };
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => runAction(askForRefundAction.definition, form, scopeFor(claimsOf(learner)))),
    );
    for (const result of results) expect(result).toEqual({ ok: true, data: { outcome: "refunded" } });

    expect(await providerRefunds(payment.id)).toHaveLength(1);
    expect(await t.db.refund.count({ where: { paymentId: payment.id } })).toBe(1);
    expect(await t.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({
      status: "REFUNDED",
      refundedCents: 12900,
    });
    expect(await t.db.refundRequest.findUniqueOrThrow({ where: { paymentId: payment.id } })).toMatchObject({
      status: "REFUNDED",
      reason: "Not what I expected",
    });
    expect(await t.db.enrollment.findFirst({ where: { userId: learner.id } })).toMatchObject({ status: "REFUNDED" });
    // Asked again once refunded: a sentence, not a second refund.
    expect(await runAction(askForRefundAction.definition, form, scopeFor(claimsOf(learner)))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/refunded in full/),
    });
  });

  it("outside the policy: a request; the admin's decline and its message reach the learner, a second answer is refused", async () => {
    const { learner, payment } = await purchase();
    await t.db.payment.update({ where: { id: payment.id }, data: { paidAt: new Date(Date.now() - 20 * 86_400_000) } });
    const asked = await Promise.all(
      [1, 2].map(() =>
        runAction(askForRefundAction.definition, { paymentId: payment.id }, scopeFor(claimsOf(learner))),
      ),
    );
    for (const result of asked) expect(result).toEqual({ ok: true, data: { outcome: "requested" } });
    const request = await t.db.refundRequest.findUniqueOrThrow({ where: { paymentId: payment.id } });
    expect(request.status).toBe("PENDING");
    expect(await providerRefunds(payment.id)).toHaveLength(0);
    // The admin's queue shows what the policy weighs beside the request: the learner's progress in the course.
    const lessons = await t.db.lesson.count({ where: { courseId: payment.courseId, ...PUBLISHED_LESSON } });
    const { pending } = await listRefundRequests();
    expect(pending.find((r) => r.id === request.id)?.progress).toEqual({ completed: 0, total: lessons });

    const boss = await admin();
    const empty = await runAction(
      answerRefundRequestAction.definition,
      { requestId: request.id, decision: "decline" },
      scopeFor(claimsOf(boss)),
    );
    expect(empty).toMatchObject({ ok: false, fieldErrors: { message: [expect.stringMatching(/why/)] } });
    const verdict = { requestId: request.id, decision: "decline", message: "You finished the course." };
    expect(await runAction(answerRefundRequestAction.definition, verdict, scopeFor(claimsOf(boss)))).toEqual({
      ok: true,
      data: { status: "DECLINED" },
    });
    expect(
      await runAction(
        answerRefundRequestAction.definition,
        { ...verdict, decision: "approve" },
        scopeFor(claimsOf(boss)),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/answered already/) });
    expect(await t.db.refundRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "DECLINED",
      adminMessage: "You finished the course.",
    });
    expect(await providerRefunds(payment.id)).toHaveLength(0);
  });

  it("two admins approving at once: one refund, through the admin refund path", async () => {
    const { learner, payment } = await purchase();
    await t.db.payment.update({ where: { id: payment.id }, data: { paidAt: new Date(Date.now() - 30 * 86_400_000) } });
    await runAction(askForRefundAction.definition, { paymentId: payment.id }, scopeFor(claimsOf(learner)));
    const request = await t.db.refundRequest.findUniqueOrThrow({ where: { paymentId: payment.id } });
    const [first, second] = [await admin(), await admin()];
    const results = await Promise.all(
      [first, second].map((who) =>
        runAction(
          answerRefundRequestAction.definition,
          { requestId: request.id, decision: "approve", message: "Fair enough." },
          scopeFor(claimsOf(who)),
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await providerRefunds(payment.id)).toHaveLength(1);
    expect(await t.db.auditLog.count({ where: { action: "payment.refunded", targetId: payment.id } })).toBe(1);
    expect(await t.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: "REFUNDED" });
  });

  it("another learner cannot ask for a refund of someone else's purchase", async () => {
    const { payment } = await purchase();
    const intruder = await createLearner(t.db);
    expect(
      await runAction(askForRefundAction.definition, { paymentId: payment.id }, scopeFor(claimsOf(intruder))),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/could not find/) });
    expect(await t.db.refundRequest.count({ where: { paymentId: payment.id } })).toBe(0);
  });
});
