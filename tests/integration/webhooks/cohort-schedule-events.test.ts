// Issue 27: cohort.session.scheduled. Each session the studio's schedule editor adds reaches a subscribed
// endpoint once, in start order, with its series (null for a single session), ids, title and instants; the rest
// of a series cancelled sends cohort.session.cancelled once per session (a repeated cancel sends nothing); the
// course's instructor gets them, an instructor of another course does not; a refused add sends nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { addSeriesDefinition, addSessionDefinition, cancelSeriesDefinition } from "@/lib/cohorts/schedule-definitions";
import { COURSE_EVENT_TYPES, WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/events";
import { createWebhookEndpoint } from "@/lib/webhooks/service";
import { systemResolver } from "@/lib/webhooks/target";
import { deliverOutbox } from "@/lib/worker/outbox-delivery";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createCohortCourse } from "../cohorts/fixtures";
import { createPerson } from "../discussions/fixtures";

const POLICY = { production: false, allowLoopback: true, resolve: systemResolver };
let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
}, 120_000);

type Body = { id: string; type: string; version: number; data: Record<string, unknown> };

describe(`cohort.session.scheduled (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("one event per added session, in order, to the admin's and the course instructor's endpoints only", async () => {
    expect(COURSE_EVENT_TYPES).toContain("cohort.session.scheduled");
    const admin = await createPerson(t.db, "Ada Hooks", "ADMIN");
    const stranger = await createPerson(t.db, "Sid Stranger", "INSTRUCTOR");
    const { course, april } = await createCohortCourse(t.db);
    const teacher = await t.db.user.findUniqueOrThrow({ where: { id: course.instructorId } });
    const endpoint = (
      owner: Parameters<typeof createWebhookEndpoint>[0],
      path: string,
      eventTypes: WebhookEventType[],
    ) =>
      createWebhookEndpoint(
        owner,
        { url: `http://127.0.0.1:9/${path}`, description: "", eventTypes },
        "203.0.113.5",
        POLICY,
      );
    const all = await endpoint(admin, "all", [...WEBHOOK_EVENT_TYPES]);
    const own = await endpoint(teacher, "own", ["cohort.session.scheduled"]);
    const other = await endpoint(stranger, "other", [...COURSE_EVENT_TYPES]);
    const as = scopeFor(claimsOf(teacher));

    const added = await runAction(
      addSeriesDefinition,
      {
        cohortId: april.id,
        title: "Evening lab",
        agenda: "Bring questions",
        joinUrl: "https://meet.example.test/secret-room",
        dayTUE: "on",
        time: "19:00",
        durationMinutes: "60",
        // New York leaves daylight saving time on 2031-11-02: 23:00Z, then 00:00Z the next day.
        from: "2031-10-27",
        endBy: "count",
        count: "2",
      },
      as,
    );
    if (!added.ok) throw new Error(added.error);
    // Refused (the same first moment): nothing emitted.
    expect(
      await runAction(
        addSessionDefinition,
        {
          cohortId: april.id,
          title: "Clash",
          agenda: "",
          startsAt: "2031-10-28T19:00",
          durationMinutes: "30",
          joinUrl: "",
        },
        as,
      ),
    ).toMatchObject({ ok: false });
    const single = await runAction(
      addSessionDefinition,
      {
        cohortId: april.id,
        title: "Demo day",
        agenda: "",
        startsAt: "2031-11-20T12:00",
        durationMinutes: "120",
        joinUrl: "",
      },
      as,
    );
    if (!single.ok) throw new Error(single.error);
    const second = await t.db.cohortSession.findFirstOrThrow({
      where: { seriesId: added.data.seriesId },
      orderBy: { startsAt: "desc" },
    });
    expect(await runAction(cancelSeriesDefinition, { sessionId: second.id }, as)).toMatchObject({
      ok: true,
      data: { cancelled: 1 },
    });
    expect(await runAction(cancelSeriesDefinition, { sessionId: second.id }, as)).toMatchObject({
      ok: true,
      data: { cancelled: 0 },
    });
    await deliverOutbox();

    const deliveries = await t.db.webhookDelivery.findMany({
      where: { endpointId: all.id },
      orderBy: { eventId: "asc" },
    });
    expect(deliveries.map((d) => d.eventType)).toEqual([
      "cohort.session.scheduled",
      "cohort.session.scheduled",
      "cohort.session.scheduled",
      "cohort.session.cancelled",
    ]);
    const bodies = deliveries.map((d) => JSON.parse(d.body) as Body);
    for (const delivery of deliveries) expect(delivery.body).not.toContain("secret-room");
    const series = { seriesId: added.data.seriesId, cohortId: april.id, courseId: course.id, cancelledAt: null };
    expect(bodies[0]).toMatchObject({ type: "cohort.session.scheduled", version: 1 });
    expect(bodies[0]!.data).toMatchObject({
      ...series,
      title: "Evening lab",
      startsAt: "2031-10-28T23:00:00.000Z",
      endsAt: "2031-10-29T00:00:00.000Z",
      sequence: 0,
    });
    expect(bodies[1]!.data).toMatchObject({ ...series, sessionId: second.id, startsAt: "2031-11-05T00:00:00.000Z" });
    expect(bodies[2]!.data).toMatchObject({
      sessionId: single.data.sessionId,
      seriesId: null,
      title: "Demo day",
      startsAt: "2031-11-20T17:00:00.000Z",
    });
    expect(bodies[3]!.data).toMatchObject({ sessionId: second.id, seriesId: added.data.seriesId, sequence: 1 });
    expect(bodies[3]!.data.cancelledAt).toEqual(expect.any(String));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(4);

    const ownDeliveries = await t.db.webhookDelivery.findMany({ where: { endpointId: own.id } });
    expect(ownDeliveries.map((d) => d.eventType)).toEqual(Array(3).fill("cohort.session.scheduled"));
    expect(await t.db.webhookDelivery.count({ where: { endpointId: other.id } })).toBe(0);
  });
});
