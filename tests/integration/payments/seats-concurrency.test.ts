// 50 learners try to buy a 10-seat cohort at once: the cohort's row lock lets exactly 10 hold a seat.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { startCheckoutAction } from "@/lib/payments/actions";
import { SOLD_OUT_MESSAGE } from "@/lib/payments/errors";
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
} from "./fixtures";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
});
afterAll(() => setWebhookDelivery(null));

describe("cohort seats under concurrency", () => {
  it("50 parallel purchases of a 10-seat cohort: exactly 10 holds, 40 clear sold-out answers", async () => {
    const { course, cohort } = await createPaidCourse(t.db, { cohortSeats: 10, priceCents: 24_900 });
    const learners = await Promise.all(Array.from({ length: 50 }, (_, i) => createLearner(t.db, `buyer${i}`)));
    const results = await Promise.all(
      learners.map((learner) =>
        runAction(startCheckoutAction.definition, { courseSlug: course.slug }, scopeFor(claimsOf(learner))),
      ),
    );
    const holds = results.filter((r) => r.ok && r.data.kind === "redirect");
    const soldOut = results.filter((r) => !r.ok && r.error === SOLD_OUT_MESSAGE);
    expect(holds).toHaveLength(10);
    expect(soldOut).toHaveLength(40);
    expect(await t.db.payment.count({ where: { cohortId: cohort!.id, status: "PENDING" } })).toBe(10);

    // Pay for some: holds become enrolments, the total never passes 10.
    const pending = await t.db.payment.findMany({ where: { cohortId: cohort!.id, status: "PENDING" }, take: 4 });
    await Promise.all(
      pending.map((p) =>
        deliver(
          stripeEvent(
            "checkout.session.completed",
            sessionObject({ id: p.stripeCheckoutSessionId, metadata: { paymentId: p.id }, amount_total: 24_900 }),
          ),
        ),
      ),
    );
    const enrolled = await t.db.enrollment.count({ where: { cohortId: cohort!.id, status: "ACTIVE" } });
    const held = await t.db.payment.count({ where: { cohortId: cohort!.id, status: "PENDING" } });
    expect([enrolled, held]).toEqual([4, 6]);

    // One more try while full is refused; one expiry frees exactly one seat for the next buyer.
    const late = learners.find((l) => !results[learners.indexOf(l)]!.ok)!;
    expect(
      await runAction(startCheckoutAction.definition, { courseSlug: course.slug }, scopeFor(claimsOf(late))),
    ).toMatchObject({ ok: false, error: SOLD_OUT_MESSAGE });
    const expiring = (await t.db.payment.findFirst({ where: { cohortId: cohort!.id, status: "PENDING" } }))!;
    await deliver(
      stripeEvent(
        "checkout.session.expired",
        sessionObject({
          id: expiring.stripeCheckoutSessionId,
          status: "expired",
          payment_status: "unpaid",
          metadata: { paymentId: expiring.id },
        }),
      ),
    );
    const contenders = [late, await createLearner(t.db, "second")];
    const retry = await Promise.all(
      contenders.map((l) =>
        runAction(startCheckoutAction.definition, { courseSlug: course.slug }, scopeFor(claimsOf(l))),
      ),
    );
    expect(retry.filter((r) => r.ok)).toHaveLength(1);
    expect(retry.filter((r) => !r.ok && r.error === SOLD_OUT_MESSAGE)).toHaveLength(1);
  }, 120_000);
});
