// The cohort home is its members': a live enrolment in that cohort. A refund ends membership at once. Join
// links are given out only from 15 minutes before a session to its end, recordings only after it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCohortHome, listMyCohorts } from "@/lib/cohorts/queries";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { createLearner, deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { buySeat, createCohortCourse, refundInFull } from "./fixtures";

let t: TestDatabase;
const MINUTE = 60_000;

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
});
afterAll(() => setWebhookDelivery(null));

describe("cohort membership", () => {
  it("a buyer of the April cohort is a member of April only, until a refund ends it at once", async () => {
    const { course, january, april } = await createCohortCourse(t.db);
    await t.db.cohortSession.create({
      data: {
        cohortId: april.id,
        title: "Kick-off",
        startsAt: new Date(april.startsAt),
        endsAt: new Date(april.startsAt.getTime() + 120 * MINUTE),
        joinUrl: "https://meet.example.test/april",
      },
    });
    const { learner, payment, paymentIntent } = await buySeat(t.db, course, april.id);
    const outsider = await createLearner(t.db, "outsider");

    const home = await getCohortHome(learner.id, april.id);
    expect(home?.cohort.id).toBe(april.id);
    expect(home?.next?.title).toBe("Kick-off");
    expect(home?.next?.joinUrl).toBeNull(); // months away
    expect(await getCohortHome(learner.id, january.id)).toBeNull();
    expect(await getCohortHome(outsider.id, april.id)).toBeNull();
    expect(await getCohortHome(learner.id, "no-such-cohort")).toBeNull();
    expect(await listMyCohorts(learner.id)).toEqual([
      {
        cohortId: april.id,
        cohortTitle: "April cohort",
        courseTitle: course.title,
        courseSlug: course.slug,
        next: expect.objectContaining({ title: "Kick-off", startsAt: april.startsAt }),
      },
    ]);

    await refundInFull(paymentIntent, payment.amountCents);
    expect(await t.db.enrollment.findFirst({ where: { userId: learner.id } })).toMatchObject({ status: "REFUNDED" });
    expect(await getCohortHome(learner.id, april.id)).toBeNull();
    expect(await listMyCohorts(learner.id)).toEqual([]);
  });
});

describe("join and recording links", () => {
  it("a join link only from 15 minutes before the start to the end; the recording only afterwards", async () => {
    const { course, april } = await createCohortCourse(t.db);
    const startsAt = new Date("2030-05-06T23:00:00Z");
    const endsAt = new Date("2030-05-07T01:00:00Z");
    const session = await t.db.cohortSession.create({
      data: {
        cohortId: april.id,
        title: "Threat modelling",
        startsAt,
        endsAt,
        joinUrl: "https://meet.example.test/secret-room",
        recordingUrl: "https://video.example.test/recording",
      },
    });
    await t.db.cohortSession.create({
      data: {
        cohortId: april.id,
        title: "Cancelled one",
        startsAt: new Date(startsAt.getTime() + 30 * MINUTE),
        endsAt: new Date(startsAt.getTime() + 60 * MINUTE),
        joinUrl: "https://meet.example.test/cancelled-room",
        cancelledAt: new Date("2030-05-01T00:00:00Z"),
      },
    });
    const { learner } = await buySeat(t.db, course, april.id);
    const at = async (offsetMinutes: number, from: Date = startsAt) => {
      const home = await getCohortHome(learner.id, april.id, new Date(from.getTime() + offsetMinutes * MINUTE));
      const [main, cancelled] = home!.sessions;
      return { main: main!, cancelled: cancelled!, next: home!.next };
    };

    const early = await at(-15 - 1 / 60);
    expect([early.main.state, early.main.joinUrl, early.main.recordingUrl]).toEqual(["upcoming", null, null]);
    const opening = await at(-15);
    expect([opening.main.state, opening.main.joinUrl]).toEqual(["joinable", "https://meet.example.test/secret-room"]);
    expect(opening.next?.id).toBe(session.id);
    const during = await at(119);
    expect([during.main.joinUrl, during.main.recordingUrl]).toEqual(["https://meet.example.test/secret-room", null]);
    // The cancelled session never shows its link, even inside its own window.
    expect([during.cancelled.state, during.cancelled.joinUrl]).toEqual(["cancelled", null]);
    const after = await at(0, endsAt);
    expect([after.main.state, after.main.joinUrl, after.main.recordingUrl]).toEqual([
      "ended",
      null,
      "https://video.example.test/recording",
    ]);
    expect(after.next).toBeNull();
  });
});
