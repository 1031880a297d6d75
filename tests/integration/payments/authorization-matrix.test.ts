// Every payments action and route, called as anonymous, with a revoked session, as the wrong role and as
// another learner: each is refused (or cannot reach the other learner's payment) and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import * as paymentActions from "@/lib/payments/actions";
import { cancelCheckout, confirmCheckoutReturn } from "@/lib/payments/checkout-return";
import { exportPaymentsDefinition } from "@/lib/payments/definitions";
import { setPaymentProvider } from "@/lib/payments/provider";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { testProvider } from "@/lib/payments/provider/test-provider";
import { getReceipt } from "@/lib/payments/queries";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createPaidCourse, deliver, deliverTestProviderEventsInProcess, stripeEvent } from "./fixtures";
import { expectEveryActionCovered, expectRefusedWithoutSideEffects } from "../auth/matrix";

type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
type Fixture = { courseSlug: string; sessionId: string; paymentId: string; paidPaymentId: string; couponId: string };
type Case = { name: string; definition: AnyDefinition; input: (f: Fixture) => Record<string, string> };

const CASES: Case[] = [
  {
    name: "startCheckoutAction",
    definition: paymentActions.startCheckoutAction.definition,
    input: (f) => ({ courseSlug: f.courseSlug }),
  },
  {
    name: "previewCouponAction",
    definition: paymentActions.previewCouponAction.definition,
    input: (f) => ({ courseSlug: f.courseSlug, couponCode: "HALF" }),
  },
  {
    name: "testCheckoutAction",
    definition: paymentActions.testCheckoutAction.definition,
    input: (f) => ({ sessionId: f.sessionId, outcome: "pay" }),
  },
  {
    name: "settleTestCheckoutAction",
    definition: paymentActions.settleTestCheckoutAction.definition,
    input: (f) => ({ sessionId: f.sessionId, outcome: "succeed" }),
  },
  {
    name: "refundPaymentAction",
    definition: paymentActions.refundPaymentAction.definition,
    input: (f) => ({ paymentId: f.paidPaymentId, amount: "10", attempt: "matrix-attempt" }),
  },
  {
    name: "askForRefundAction",
    definition: paymentActions.askForRefundAction.definition,
    input: (f) => ({ paymentId: f.paidPaymentId, reason: "matrix" }),
  },
  {
    name: "answerRefundRequestAction",
    definition: paymentActions.answerRefundRequestAction.definition,
    input: () => ({ requestId: "matrix-request", decision: "decline", message: "No." }),
  },
  {
    name: "createCouponAction",
    definition: paymentActions.createCouponAction.definition,
    input: () => ({ code: "MATRIX50", kind: "percent", value: "50" }),
  },
  {
    name: "setCouponActiveAction",
    definition: paymentActions.setCouponActiveAction.definition,
    input: (f) => ({ couponId: f.couponId, active: "false" }),
  },
  {
    name: "GET /admin/payments/export",
    definition: exportPaymentsDefinition as unknown as AnyDefinition,
    input: () => ({}),
  },
];
const ADMIN_ONLY = new Set([
  "refundPaymentAction",
  "answerRefundRequestAction",
  "createCouponAction",
  "setCouponActiveAction",
  "GET /admin/payments/export",
]);

let t: TestDatabase;
let fixture: Fixture;
const people = {} as Record<
  "admin" | "learner" | "instructor" | "advisor" | "victim",
  { id: string; sessionVersion: number }
>;

async function snapshot() {
  const [payments, enrollments, sessions, refunds, redemptions, audit, mail, coupons] = await Promise.all([
    t.db.payment.findMany({ orderBy: { id: "asc" } }),
    t.db.enrollment.findMany({ orderBy: { id: "asc" } }),
    t.db.testCheckoutSession.findMany({ orderBy: { id: "asc" } }),
    t.db.refund.count(),
    t.db.couponRedemption.count(),
    t.db.auditLog.count(),
    t.db.emailOutbox.count(),
    t.db.coupon.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { payments, enrollments, sessions, refunds, redemptions, audit, mail, coupons };
}

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
  for (const [key, role] of [
    ["admin", "ADMIN"],
    ["learner", "LEARNER"],
    ["instructor", "INSTRUCTOR"],
    ["advisor", "ADVISOR"],
    ["victim", "LEARNER"],
  ] as const) {
    people[key] = await t.db.user.create({
      data: { email: `${key}@example.test`, name: key, role, emailVerified: new Date() },
      select: { id: true, sessionVersion: true },
    });
  }
  const { course } = await createPaidCourse(t.db);
  await t.db.coupon.create({ data: { code: "HALF", percentOff: 50 } });
  // The victim has one open checkout (a test-provider session) and one paid purchase of another course.
  const started = await runAction(
    paymentActions.startCheckoutAction.definition,
    { courseSlug: course.slug },
    scopeFor(claimsOf(people.victim)),
  );
  if (!started.ok || started.data.kind !== "redirect") throw new Error("set-up checkout failed");
  const sessionId = new URL(started.data.url).pathname.split("/").at(-1)!;
  const payment = await t.db.payment.findFirstOrThrow({ where: { userId: people.victim.id } });
  const { course: owned } = await createPaidCourse(t.db);
  const paid = await t.db.payment.create({
    data: {
      userId: people.victim.id,
      courseId: owned.id,
      stripeCheckoutSessionId: "cs_matrix_paid",
      amountCents: 7900,
      listPriceCents: 7900,
      currency: "usd",
      expiresAt: new Date(Date.now() + 60_000),
    },
  });
  await deliver(
    stripeEvent("checkout.session.completed", {
      id: "cs_matrix_paid",
      object: "checkout.session",
      status: "complete",
      payment_status: "paid",
      payment_intent: "pi_matrix",
      metadata: {},
      amount_total: 7900,
      currency: "usd",
      expires_at: 1,
    }),
  );
  const coupon = await t.db.coupon.create({ data: { code: "MATRIXLIVE", percentOff: 10 } });
  fixture = { courseSlug: course.slug, sessionId, paymentId: payment.id, paidPaymentId: paid.id, couponId: coupon.id };
});
afterAll(() => {
  setWebhookDelivery(null);
  setPaymentProvider(null);
});

describe("payments authorization matrix", () => {
  it("covers every exported server action", () => {
    expectEveryActionCovered(paymentActions, CASES);
  });

  for (const testCase of CASES) {
    describe(testCase.name, () => {
      it("refuses an anonymous caller without side effects", async () => {
        await expectRefusedWithoutSideEffects(
          snapshot,
          () => runAction(testCase.definition, testCase.input(fixture), scopeFor(null)),
          "UNAUTHENTICATED",
        );
      });

      it("refuses a session revoked by a newer session version", async () => {
        const before = await snapshot();
        const stale = { sub: people.admin.id, sv: people.admin.sessionVersion - 1 };
        expect(await runAction(testCase.definition, testCase.input(fixture), scopeFor(stale))).toMatchObject({
          ok: false,
          code: "UNAUTHENTICATED",
        });
        expect(await snapshot()).toEqual(before);
      });

      if (ADMIN_ONLY.has(testCase.name)) {
        for (const role of ["learner", "instructor", "advisor", "victim"] as const) {
          it(`refuses the ${role} (not an admin) without side effects`, async () => {
            await expectRefusedWithoutSideEffects(
              snapshot,
              () => runAction(testCase.definition, testCase.input(fixture), scopeFor(claimsOf(people[role]))),
              "FORBIDDEN",
            );
          });
        }
      }
    });
  }

  it("another learner cannot pay, decline or settle the victim's test checkout", async () => {
    const before = await snapshot();
    for (const outcome of ["pay", "decline", "pay-later"]) {
      expect(
        await runAction(
          paymentActions.testCheckoutAction.definition,
          { sessionId: fixture.sessionId, outcome },
          scopeFor(claimsOf(people.learner)),
        ),
      ).toMatchObject({ ok: false });
    }
    expect(
      await runAction(
        paymentActions.settleTestCheckoutAction.definition,
        { sessionId: fixture.sessionId, outcome: "succeed" },
        scopeFor(claimsOf(people.learner)),
      ),
    ).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
  });

  it("a smuggled userId, price or amount is refused by the schema", async () => {
    const before = await snapshot();
    for (const extra of [{ userId: people.victim.id }, { priceCents: "1" }, { amountCents: "1" }]) {
      expect(
        await runAction(
          paymentActions.startCheckoutAction.definition,
          { courseSlug: fixture.courseSlug, ...extra },
          scopeFor(claimsOf(people.learner)),
        ),
      ).toMatchObject({ ok: false, code: "INVALID" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("another learner cannot ask for a refund of the victim's purchase", async () => {
    const before = await snapshot();
    expect(
      await runAction(
        paymentActions.askForRefundAction.definition,
        { paymentId: fixture.paidPaymentId },
        scopeFor(claimsOf(people.learner)),
      ),
    ).toMatchObject({ ok: false });
    expect(await t.db.refundRequest.count()).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("routes and pages cannot reach another learner's payment: cancel, success page, receipt", async () => {
    const before = await snapshot();
    expect(await cancelCheckout(people.learner.id, fixture.paymentId)).toBeNull();
    expect(await confirmCheckoutReturn(people.learner.id, fixture.sessionId)).toBeNull();
    expect(await getReceipt(people.learner.id, fixture.paidPaymentId)).toBeNull();
    expect(await getReceipt(people.victim.id, fixture.paidPaymentId)).not.toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it("the webhook route refuses an unsigned delivery with 400 and writes nothing", async () => {
    const before = await snapshot();
    const payload = stripeEvent("checkout.session.completed", { id: "cs_forged" });
    expect((await deliver(payload, { signature: "t=1,v1=0000" })).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it("lets the admin refund and export, with an audit row for the refund", async () => {
    // The paid purchase was made up directly, so the provider only needs to accept the refund.
    setPaymentProvider({
      ...testProvider,
      createRefund: async (input) => ({ id: "re_matrix", amountCents: input.amountCents }),
    });
    expect(
      await runAction(
        paymentActions.refundPaymentAction.definition,
        { paymentId: fixture.paidPaymentId, amount: "10", attempt: "matrix-attempt" },
        scopeFor(claimsOf(people.admin)),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await t.db.auditLog.findFirst({ where: { action: "payment.refunded", targetId: fixture.paidPaymentId } }),
    ).toMatchObject({ actorId: people.admin.id });
    const csv = await runAction(
      exportPaymentsDefinition as unknown as AnyDefinition,
      {},
      scopeFor(claimsOf(people.admin)),
    );
    expect(csv.ok && String(csv.data)).toContain(fixture.paidPaymentId);
    setPaymentProvider(null);
  });
});
