// A cohort course sells a seat in the cohort the learner chooses: the server checks that the cohort is this
// course's, has not started and has a seat (under its row lock), and a switch of cohort gives the old seat back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { startCheckoutAction } from "@/lib/payments/actions";
import { COHORT_NOT_OPEN_MESSAGE } from "@/lib/payments/checkout-service";
import { getCheckoutSummary } from "@/lib/payments/checkout-summary";
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
const DAY = 86_400_000;

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
});
afterAll(() => setWebhookDelivery(null));

/** A cohort course with a January cohort (the next one) and a later April cohort of `aprilSeats`. */
async function twoCohortCourse(aprilSeats: number) {
  const { course, cohort: january } = await createPaidCourse(t.db, { cohortSeats: 10, priceCents: 24_900 });
  const april = await t.db.cohort.create({
    data: {
      courseId: course.id,
      title: "April cohort",
      startsAt: new Date(Date.now() + 120 * DAY),
      endsAt: new Date(Date.now() + 150 * DAY),
      seats: aprilSeats,
      timeZone: "America/New_York",
    },
  });
  return { course, january: january!, april };
}

const buy = (learner: Awaited<ReturnType<typeof createLearner>>, input: Record<string, string>) =>
  runAction(startCheckoutAction.definition, input, scopeFor(claimsOf(learner)));

describe("choosing a cohort at checkout", () => {
  it("holds a seat in the cohort chosen, not the next one", async () => {
    const { course, january, april } = await twoCohortCourse(5);
    const learner = await createLearner(t.db, "april");
    const result = await buy(learner, { courseSlug: course.slug, cohortId: april.id });
    expect(result).toMatchObject({ ok: true, data: { kind: "redirect" } });
    const payments = await t.db.payment.findMany({ where: { userId: learner.id } });
    expect(payments.map((p) => [p.cohortId, p.status])).toEqual([[april.id, "PENDING"]]);

    // Paid: the enrolment is in April, and the checkout page counts the seat in April only.
    await deliver(
      stripeEvent(
        "checkout.session.completed",
        sessionObject({
          id: payments[0]!.stripeCheckoutSessionId,
          metadata: { paymentId: payments[0]!.id },
          amount_total: 24_900,
        }),
      ),
    );
    const enrolment = await t.db.enrollment.findFirstOrThrow({ where: { userId: learner.id } });
    expect([enrolment.cohortId, enrolment.status]).toEqual([april.id, "ACTIVE"]);
    const other = await createLearner(t.db, "looker");
    const summary = await getCheckoutSummary(other.id, course.slug);
    expect(summary?.cohorts.map((c) => [c.id, c.seatsLeft])).toEqual([
      [january.id, 10],
      [april.id, 4],
    ]);
  });

  it("refuses another course's cohort, a started cohort and an unknown id, writing nothing", async () => {
    const { course } = await twoCohortCourse(5);
    const elsewhere = await twoCohortCourse(5);
    const started = await t.db.cohort.create({
      data: {
        courseId: course.id,
        title: "Running cohort",
        startsAt: new Date(Date.now() - DAY),
        endsAt: new Date(Date.now() + 20 * DAY),
        seats: 10,
        timeZone: "Europe/Berlin",
      },
    });
    const learner = await createLearner(t.db, "smuggler");
    for (const cohortId of [elsewhere.april.id, started.id, "no-such-cohort"]) {
      const result = await buy(learner, { courseSlug: course.slug, cohortId });
      expect(result).toMatchObject({ ok: false, error: COHORT_NOT_OPEN_MESSAGE });
    }
    expect(await t.db.payment.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("refuses a cohort id on a self-paced course", async () => {
    const { course } = await createPaidCourse(t.db);
    const { april } = await twoCohortCourse(3);
    const learner = await createLearner(t.db, "self-paced");
    expect(await buy(learner, { courseSlug: course.slug, cohortId: april.id })).toMatchObject({ ok: false });
    expect(await t.db.payment.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("switching from January to April ends the January hold and offers that seat to the first waiting", async () => {
    const { course, january, april } = await twoCohortCourse(5);
    await t.db.cohort.update({ where: { id: january.id }, data: { seats: 1 } });
    const switcher = await createLearner(t.db, "switcher");
    expect(await buy(switcher, { courseSlug: course.slug, cohortId: january.id })).toMatchObject({ ok: true });
    const waiting = await createLearner(t.db, "waiting");
    await t.db.waitlistEntry.create({ data: { cohortId: january.id, userId: waiting.id } });

    expect(await buy(switcher, { courseSlug: course.slug, cohortId: april.id })).toMatchObject({ ok: true });
    const payments = await t.db.payment.findMany({ where: { userId: switcher.id }, orderBy: { createdAt: "asc" } });
    expect(payments.map((p) => [p.cohortId, p.status])).toEqual([
      [january.id, "EXPIRED"],
      [april.id, "PENDING"],
    ]);
    const entry = await t.db.waitlistEntry.findFirstOrThrow({ where: { userId: waiting.id } });
    expect(entry.offeredAt).not.toBeNull();
    // The offer links to the checkout of the cohort whose seat opened.
    const offers = await t.db.outboxMessage.findMany({ where: { topic: "mail" } });
    const offer = offers.find((m) => JSON.stringify(m.payload).includes(waiting.email));
    expect(JSON.stringify(offer?.payload)).toContain(`/checkout?cohort=${january.id}`);
  });

  it("a race for the last seat of the April cohort: one hold, the others sold out, January untouched", async () => {
    const { course, january, april } = await twoCohortCourse(1);
    const learners = await Promise.all(Array.from({ length: 12 }, (_, i) => createLearner(t.db, `racer${i}`)));
    const results = await Promise.all(learners.map((l) => buy(l, { courseSlug: course.slug, cohortId: april.id })));
    expect(results.filter((r) => r.ok && r.data.kind === "redirect")).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === SOLD_OUT_MESSAGE)).toHaveLength(11);
    expect(await t.db.payment.count({ where: { cohortId: april.id, status: "PENDING" } })).toBe(1);
    expect(await t.db.payment.count({ where: { cohortId: january.id } })).toBe(0);

    // The losers can still buy January, the course's next cohort, by naming it or by naming none.
    const loser = learners[results.findIndex((r) => !r.ok)]!;
    expect(await buy(loser, { courseSlug: course.slug })).toMatchObject({ ok: true });
    expect(await t.db.payment.findFirst({ where: { userId: loser.id } })).toMatchObject({ cohortId: january.id });
  }, 120_000);
});
