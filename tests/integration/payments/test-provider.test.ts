// The whole money path with no Stripe keys: the built-in provider's buttons send signed, Stripe-shaped
// events to the same webhook route (here handed to the route handler in-process).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import {
  refundPaymentAction,
  settleTestCheckoutAction,
  startCheckoutAction,
  testCheckoutAction,
} from "@/lib/payments/actions";
import { cancelCheckout, confirmCheckoutReturn } from "@/lib/payments/checkout-return";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { reconcilePendingPayments } from "@/lib/payments/reconcile";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createLearner, createPaidCourse, deliverTestProviderEventsInProcess, unique } from "./fixtures";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
});
afterAll(() => setWebhookDelivery(null));

type Learner = Awaited<ReturnType<typeof createLearner>>;

async function startBuying(learner: Learner, courseSlug: string) {
  const result = await runAction(startCheckoutAction.definition, { courseSlug }, scopeFor(claimsOf(learner)));
  if (!result.ok || result.data.kind !== "redirect")
    throw new Error(`checkout did not start: ${JSON.stringify(result)}`);
  const sessionId = new URL(result.data.url).pathname.split("/").at(-1)!;
  expect(result.data.url).toContain(`/checkout/test/${sessionId}`);
  return sessionId;
}

const act = (learner: Learner, sessionId: string, outcome: string) =>
  runAction(testCheckoutAction.definition, { sessionId, outcome }, scopeFor(claimsOf(learner)));
const enrolment = (userId: string, courseId: string) =>
  t.db.enrollment.findUnique({ where: { userId_courseId: { userId, courseId } } });

describe("built-in test provider", () => {
  it("Pay → webhook fulfils → success page says ready → admin full refund revokes access and mails", async () => {
    const { course } = await createPaidCourse(t.db);
    const learner = await createLearner(t.db);
    const sessionId = await startBuying(learner, course.slug);
    const paid = await act(learner, sessionId, "pay");
    expect(paid).toMatchObject({
      ok: true,
      data: { declined: false, next: expect.stringContaining(`/checkout/success?session_id=${sessionId}`) },
    });
    expect(await enrolment(learner.id, course.id)).toMatchObject({ status: "ACTIVE", source: "PURCHASE" });
    expect(await confirmCheckoutReturn(learner.id, sessionId)).toMatchObject({
      state: "ready",
      startHref: `/courses/${course.slug}/lessons/first`,
      testMode: true,
    });

    const admin = await t.db.user.create({ data: { email: `admin-${unique()}@example.test`, role: "ADMIN" } });
    const payment = await t.db.payment.findFirstOrThrow({ where: { userId: learner.id } });
    const refunded = await runAction(
      refundPaymentAction.definition,
      { paymentId: payment.id, amount: "79", attempt: "first-try" },
      scopeFor(claimsOf(admin)),
    );
    expect(refunded).toMatchObject({ ok: true, data: { status: "REFUNDED", refundedCents: 7900 } });
    expect(await enrolment(learner.id, course.id)).toMatchObject({ status: "REFUNDED" });
    expect(await t.db.refund.count({ where: { paymentId: payment.id } })).toBe(1);
    expect(await t.db.emailOutbox.count({ where: { to: learner.email, kind: "refund" } })).toBe(1);
  });

  it("Decline keeps the session open with no access; cancel ends it and releases the seat", async () => {
    const { course, cohort } = await createPaidCourse(t.db, { cohortSeats: 1 });
    const learner = await createLearner(t.db);
    const sessionId = await startBuying(learner, course.slug);
    expect(await act(learner, sessionId, "decline")).toMatchObject({ ok: true, data: { declined: true, next: null } });
    expect(await enrolment(learner.id, course.id)).toBeNull();
    const payment = await t.db.payment.findFirstOrThrow({ where: { userId: learner.id } });
    expect(payment.status).toBe("PENDING");
    expect(await cancelCheckout(learner.id, payment.id)).toBe(course.slug);
    expect(await t.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: "EXPIRED" });
    expect(await t.db.testCheckoutSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      status: "expired",
    });
    expect(await act(learner, sessionId, "pay")).toMatchObject({
      ok: false,
      error: expect.stringContaining("has ended"),
    });
    // The seat is free again for someone else.
    const next = await createLearner(t.db, "next");
    await startBuying(next, course.slug);
    expect(await t.db.payment.count({ where: { cohortId: cohort!.id, status: "PENDING" } })).toBe(1);
  });

  it("Pay later: confirming until the bank settles, then access; a failed settlement grants nothing", async () => {
    const { course } = await createPaidCourse(t.db);
    const learner = await createLearner(t.db);
    const sessionId = await startBuying(learner, course.slug);
    await act(learner, sessionId, "pay-later");
    expect(await confirmCheckoutReturn(learner.id, sessionId)).toMatchObject({ state: "processing" });
    expect(await enrolment(learner.id, course.id)).toBeNull();
    expect(
      await runAction(
        settleTestCheckoutAction.definition,
        { sessionId, outcome: "succeed" },
        scopeFor(claimsOf(learner)),
      ),
    ).toMatchObject({ ok: true });
    expect(await confirmCheckoutReturn(learner.id, sessionId)).toMatchObject({ state: "ready" });

    const { course: other } = await createPaidCourse(t.db);
    const failing = await startBuying(learner, other.slug);
    await act(learner, failing, "pay-later");
    await runAction(
      settleTestCheckoutAction.definition,
      { sessionId: failing, outcome: "fail" },
      scopeFor(claimsOf(learner)),
    );
    expect(await confirmCheckoutReturn(learner.id, failing)).toMatchObject({ state: "failed" });
    expect(await enrolment(learner.id, other.id)).toBeNull();
  });

  it("another account cannot use someone's test checkout", async () => {
    const { course } = await createPaidCourse(t.db);
    const owner = await createLearner(t.db);
    const sessionId = await startBuying(owner, course.slug);
    const intruder = await createLearner(t.db, "intruder");
    expect(await act(intruder, sessionId, "pay")).toMatchObject({
      ok: false,
      error: expect.stringContaining("belongs to another account"),
    });
    expect(await t.db.testCheckoutSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      status: "open",
    });
  });
});

describe("reconcilePendingPayments", () => {
  it("fulfils a payment whose webhook was lost, expires an abandoned one, fails one Stripe never answered", async () => {
    const { course } = await createPaidCourse(t.db);
    const { course: cohortCourse, cohort } = await createPaidCourse(t.db, { cohortSeats: 1 });
    const [paidButLost, abandoned, orphan, waiting] = await Promise.all([
      createLearner(t.db, "lost"),
      createLearner(t.db, "abandoned"),
      createLearner(t.db, "orphan"),
      createLearner(t.db, "waiting"),
    ]);
    const lostSession = await startBuying(paidButLost, course.slug);
    const abandonedSession = await startBuying(abandoned, cohortCourse.slug);
    await t.db.waitlistEntry.create({ data: { cohortId: cohort!.id, userId: waiting.id } });
    const orphanPayment = await t.db.payment.create({
      data: {
        userId: orphan.id,
        courseId: course.id,
        amountCents: 7900,
        currency: "usd",
        expiresAt: new Date(Date.now() + 60_000),
      },
    });

    setWebhookDelivery(async () => ({ status: 503 }));
    await act(paidButLost, lostSession, "pay");
    deliverTestProviderEventsInProcess();
    expect(await enrolment(paidButLost.id, course.id)).toBeNull();

    // Too fresh: nothing is touched before 15 minutes.
    expect(await reconcilePendingPayments(new Date())).toMatchObject({ checked: 0 });

    // Forty minutes on: the provider's clock has expired the abandoned session too.
    const later = new Date(Date.now() + 40 * 60_000);
    await t.db.testCheckoutSession.update({
      where: { id: abandonedSession },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const report = await reconcilePendingPayments(later);
    expect(report).toMatchObject({ fulfilled: 1, expired: 1, failed: 1 });
    expect(await enrolment(paidButLost.id, course.id)).toMatchObject({ status: "ACTIVE" });
    expect(await t.db.payment.findFirstOrThrow({ where: { stripeCheckoutSessionId: abandonedSession } })).toMatchObject(
      { status: "EXPIRED" },
    );
    expect(await t.db.payment.findUniqueOrThrow({ where: { id: orphanPayment.id } })).toMatchObject({
      status: "FAILED",
    });
    // The abandoned cohort seat went to the person waiting, held for 24 hours.
    expect(await t.db.waitlistEntry.findFirstOrThrow({ where: { userId: waiting.id } })).toMatchObject({
      offeredAt: later,
    });
    // Running again changes nothing.
    expect(await reconcilePendingPayments(later)).toMatchObject({
      fulfilled: 0,
      expired: 0,
      failed: 0,
      offersPassedOn: 0,
    });
  });

  it("an offer not taken within 24 hours passes to the next person waiting", async () => {
    const { cohort } = await createPaidCourse(t.db, { cohortSeats: 1 });
    const [first, second] = await Promise.all([createLearner(t.db, "first"), createLearner(t.db, "second")]);
    const now = new Date();
    await t.db.waitlistEntry.create({
      data: {
        cohortId: cohort!.id,
        userId: first.id,
        createdAt: new Date(now.getTime() - 3 * 86_400_000),
        offeredAt: new Date(now.getTime() - 2 * 86_400_000),
        offerExpiresAt: new Date(now.getTime() - 86_400_000),
      },
    });
    await t.db.waitlistEntry.create({
      data: { cohortId: cohort!.id, userId: second.id, createdAt: new Date(now.getTime() - 2.5 * 86_400_000) },
    });
    expect(await reconcilePendingPayments(now)).toMatchObject({ offersPassedOn: 1 });
    expect(await t.db.waitlistEntry.findFirst({ where: { userId: first.id } })).toBeNull();
    expect(await t.db.waitlistEntry.findFirstOrThrow({ where: { userId: second.id } })).toMatchObject({
      offeredAt: now,
    });
    expect(await t.db.emailOutbox.count({ where: { to: second.email, kind: "waitlist-offer" } })).toBe(1);
  });
});
