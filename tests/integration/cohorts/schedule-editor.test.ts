// The studio's schedule editor (issue 25) through its actions: a course's instructor adds one session and a
// weekly series in the cohort's zone (18:00 in Berlin stays 18:00 across the change, the instant moves), bad
// input is refused with a message and writes nothing, a time another session holds is refused (also when two
// editors add the same series at once: one wins, whole), and "cancel the rest" cancels this and the later
// sessions of the series, once.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { NO_SUCH_COHORT_MESSAGE } from "@/lib/cohorts/errors";
import {
  addSeriesDefinition,
  addSessionDefinition,
  cancelSeriesDefinition,
  cohortScheduleDefinition,
} from "@/lib/cohorts/schedule-definitions";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { createCohortCourse } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
  return () => setWebhookDelivery(null);
}, 120_000);

const wall = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);

/** A cohort course with a Berlin cohort in 2031 (after both of that year's changes are far ahead), its teacher. */
async function berlinCohort() {
  const { course, april } = await createCohortCourse(t.db);
  const cohort = await t.db.cohort.update({
    where: { id: april.id },
    data: {
      timeZone: "Europe/Berlin",
      startsAt: new Date("2031-03-01T00:00:00Z"),
      endsAt: new Date("2031-12-01T00:00:00Z"),
    },
  });
  const teacher = await t.db.user.findUniqueOrThrow({ where: { id: course.instructorId } });
  const mentor = await t.db.user.create({
    data: { email: `mentor-${cohort.id}@example.test`, name: "Mentor", role: "LEARNER", emailVerified: new Date() },
  });
  await t.db.cohortMentor.create({ data: { cohortId: cohort.id, userId: mentor.id } });
  return { course, cohort, teacher, mentor };
}

const series = (cohortId: string, extra: Record<string, string> = {}) => ({
  cohortId,
  title: "Live lab",
  agenda: "Questions from the week",
  joinUrl: "https://meet.example.test/lab",
  dayMON: "on",
  dayTHU: "on",
  time: "18:00",
  durationMinutes: "90",
  // 2031-03-30 is the last Sunday of March: Berlin moves from UTC+1 to UTC+2.
  from: "2031-03-20",
  endBy: "count",
  count: "4",
  until: "",
  ...extra,
});

const as = (who: { id: string; sessionVersion: number }) => scopeFor(claimsOf(who));

describe("schedule editor", () => {
  it("adds a weekly series in the cohort's zone: 18:00 Berlin on each, the UTC instant moves at the change", async () => {
    const { cohort, teacher } = await berlinCohort();
    const result = await runAction(addSeriesDefinition, series(cohort.id), as(teacher));
    expect(result).toMatchObject({ ok: true, data: { cohortId: cohort.id, created: 4 } });
    const rows = await t.db.cohortSession.findMany({ where: { cohortId: cohort.id }, orderBy: { startsAt: "asc" } });
    expect(rows.map((r) => r.startsAt.toISOString())).toEqual([
      "2031-03-20T17:00:00.000Z",
      "2031-03-24T17:00:00.000Z",
      "2031-03-27T17:00:00.000Z",
      "2031-03-31T16:00:00.000Z",
    ]);
    expect(rows.map((r) => wall(r.startsAt, "Europe/Berlin"))).toEqual([
      "Thu 18:00",
      "Mon 18:00",
      "Thu 18:00",
      "Mon 18:00",
    ]);
    expect(rows.every((r) => r.endsAt.getTime() - r.startsAt.getTime() === 90 * 60_000)).toBe(true);
    expect(new Set(rows.map((r) => r.seriesId)).size).toBe(1);
    expect(rows[0]!.seriesId).toBe(result.ok ? result.data.seriesId : null);
    expect(rows[0]).toMatchObject({ title: "Live lab", agenda: "Questions from the week", sequence: 0 });

    // A series ending on a date: Mondays until 2031-04-14 inclusive.
    const byDate = await runAction(
      addSeriesDefinition,
      series(cohort.id, { dayTHU: "", time: "09:30", endBy: "until", count: "", until: "2031-04-14" }),
      as(teacher),
    );
    expect(byDate).toMatchObject({ ok: false, fieldErrors: { dayTHU: expect.any(Array) } });
    const mondays = await runAction(
      addSeriesDefinition,
      {
        ...series(cohort.id, { time: "09:30", endBy: "until", count: "", until: "2031-04-14" }),
        dayTHU: undefined,
      },
      as(teacher),
    );
    expect(mondays).toMatchObject({ ok: true, data: { created: 4 } });
  });

  it("adds one session from a local start and a length; the schedule page lists it for staff, not mentors", async () => {
    const { cohort, teacher, mentor } = await berlinCohort();
    const one = {
      cohortId: cohort.id,
      title: "Kick-off",
      agenda: "",
      startsAt: "2031-10-26T02:30", // repeated that night in Berlin: the first of the two (CEST)
      durationMinutes: "60",
      joinUrl: "",
    };
    const added = await runAction(addSessionDefinition, one, as(teacher));
    expect(added).toMatchObject({ ok: true, data: { created: 1 } });
    const row = await t.db.cohortSession.findFirstOrThrow({ where: { cohortId: cohort.id } });
    expect(row).toMatchObject({ seriesId: null, joinUrl: null, title: "Kick-off" });
    expect(row.startsAt.toISOString()).toBe("2031-10-26T00:30:00.000Z");

    const page = await runAction(cohortScheduleDefinition, { cohortId: cohort.id }, as(teacher));
    expect(page).toMatchObject({ ok: true, data: { cohort: { id: cohort.id }, sessions: [{ id: row.id }] } });
    // A mentor runs sessions but does not plan them: the same answer as for no cohort, and nothing written.
    expect(await runAction(cohortScheduleDefinition, { cohortId: cohort.id }, as(mentor))).toMatchObject({
      ok: false,
      error: NO_SUCH_COHORT_MESSAGE,
    });
    expect(await runAction(addSessionDefinition, { ...one, startsAt: "2031-10-27T18:00" }, as(mentor))).toMatchObject({
      ok: false,
      error: NO_SUCH_COHORT_MESSAGE,
    });
    expect(await t.db.cohortSession.count({ where: { cohortId: cohort.id } })).toBe(1);

    // The same moment again is refused with the time named.
    const again = await runAction(addSessionDefinition, one, as(teacher));
    expect(again).toMatchObject({ ok: false, error: expect.stringContaining("already starts on") });
  });

  it("names the taken time in the planner's saved zone and clock, and the cohort's wall time beside it", async () => {
    const { cohort, teacher } = await berlinCohort();
    const planner = await t.db.user.update({
      where: { id: teacher.id },
      data: { timeZone: "America/New_York", hour12: true },
    });
    const one = {
      cohortId: cohort.id,
      title: "Kick-off",
      agenda: "",
      startsAt: "2031-06-02T18:00", // 16:00 UTC, 12:00 in New York
      durationMinutes: "60",
      joinUrl: "",
    };
    expect(await runAction(addSessionDefinition, one, as(planner))).toMatchObject({ ok: true });
    const again = await runAction(addSessionDefinition, one, as(planner));
    if (again.ok) throw new Error("the same start was accepted twice");
    expect(again.error).toMatch(
      /already starts on Mon 2 Jun, 12:00\sPM–1:00\sPM \(America\/New_York; 6:00\sPM–7:00\sPM in the cohort's zone, Europe\/Berlin\)/,
    );
    expect(again.error).not.toMatch(/18:00/);
  });

  it("refuses bad input with a message saying what to do, and writes nothing", async () => {
    const { cohort, teacher } = await berlinCohort();
    const cases: Array<[Record<string, string | undefined>, string, RegExp]> = [
      [{ count: "61" }, "count", /at most 60 sessions/],
      [{ count: "" }, "count", /how many sessions/],
      [{ endBy: "until", until: "2031-03-19" }, "until", /ends before it starts/],
      [{ endBy: "until", until: "2032-12-31" }, "until", /at most 60 sessions/],
      [{ time: "6pm" }, "time", /HH:MM/],
      [{ durationMinutes: "5" }, "durationMinutes", /at least 15 minutes/],
      [{ from: "2031-02-30" }, "from", /first date/],
      [{ from: "2020-03-02" }, "from", /in the future/],
      [{ dayMON: undefined, dayTHU: undefined }, "weekdays", /at least one weekday/],
      [{ joinUrl: "http://insecure.test" }, "joinUrl", /https:\/\//],
      [{ title: " " }, "title", /title/],
    ];
    for (const [change, field, message] of cases) {
      const result = await runAction(addSeriesDefinition, { ...series(cohort.id), ...change }, as(teacher));
      expect(result, field).toMatchObject({ ok: false });
      expect(result.ok ? [] : result.fieldErrors?.[field], field).toEqual([expect.stringMatching(message)]);
    }
    expect(
      await runAction(
        addSessionDefinition,
        { cohortId: cohort.id, title: "x", agenda: "", startsAt: "2031-13-01", durationMinutes: "60", joinUrl: "" },
        as(teacher),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { startsAt: [expect.stringMatching(/date and a time/)] } });
    expect(await t.db.cohortSession.count({ where: { cohortId: cohort.id } })).toBe(0);
  });

  it("a series overlapping an existing session is refused whole; two editors adding the same series at once: one wins", async () => {
    const { cohort, teacher, course } = await berlinCohort();
    const coTeacher = await t.db.user.create({
      data: { email: `co-${cohort.id}@example.test`, name: "Co", role: "INSTRUCTOR", emailVerified: new Date() },
    });
    await t.db.courseCoInstructor.create({ data: { courseId: course.id, userId: coTeacher.id } });
    const [a, b] = await Promise.all([
      runAction(addSeriesDefinition, series(cohort.id), as(teacher)),
      runAction(addSeriesDefinition, series(cohort.id), as(coTeacher)),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const refused = a.ok ? b : a;
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/Another session of this cohort/) });
    expect(await t.db.cohortSession.count({ where: { cohortId: cohort.id } })).toBe(4);
    // A longer series sharing its first dates: nothing of it is written.
    const longer = await runAction(addSeriesDefinition, series(cohort.id, { count: "8" }), as(teacher));
    expect(longer).toMatchObject({
      ok: false,
      // The teacher's saved zone is UTC (24 h): the time in it, and the cohort's wall time beside it.
      error: expect.stringContaining("Thu 20 Mar, 17:00–18:30 (UTC; 18:00–19:30 in the cohort's zone, Europe/Berlin)"),
    });
    expect(await t.db.cohortSession.count({ where: { cohortId: cohort.id } })).toBe(4);
  });

  it("cancels this and the later sessions of the series, once; a single session is not a series", async () => {
    const { cohort, teacher } = await berlinCohort();
    await runAction(addSeriesDefinition, series(cohort.id, { count: "5" }), as(teacher));
    const rows = await t.db.cohortSession.findMany({ where: { cohortId: cohort.id }, orderBy: { startsAt: "asc" } });
    const from = rows[2]!;
    const [first, second] = await Promise.all([
      runAction(cancelSeriesDefinition, { sessionId: from.id }, as(teacher)),
      runAction(cancelSeriesDefinition, { sessionId: from.id }, as(teacher)),
    ]);
    expect([first, second].map((r) => (r.ok ? r.data.cancelled : -1)).sort()).toEqual([0, 3]);
    const after = await t.db.cohortSession.findMany({ where: { cohortId: cohort.id }, orderBy: { startsAt: "asc" } });
    expect(after.map((r) => r.cancelledAt !== null)).toEqual([false, false, true, true, true]);
    expect(after.map((r) => r.sequence)).toEqual([0, 0, 1, 1, 1]);

    await runAction(
      addSessionDefinition,
      {
        cohortId: cohort.id,
        title: "Extra",
        agenda: "",
        startsAt: "2031-05-05T10:00",
        durationMinutes: "60",
        joinUrl: "",
      },
      as(teacher),
    );
    const extra = await t.db.cohortSession.findFirstOrThrow({ where: { cohortId: cohort.id, title: "Extra" } });
    expect(await runAction(cancelSeriesDefinition, { sessionId: extra.id }, as(teacher))).toMatchObject({
      ok: false,
      error: "This session is not part of a series: cancel it on its own.",
    });
  });

  it("a time a cancelled session held can be scheduled again: that row comes back with the new details", async () => {
    const { cohort, teacher } = await berlinCohort();
    await runAction(addSeriesDefinition, series(cohort.id, { count: "3" }), as(teacher));
    const rows = await t.db.cohortSession.findMany({ where: { cohortId: cohort.id }, orderBy: { startsAt: "asc" } });
    await runAction(cancelSeriesDefinition, { sessionId: rows[1]!.id }, as(teacher));

    // The same weekdays and time again, one more session: two starts were cancelled ones, one is new; the live
    // first session is still refused as taken, so start from the second.
    const refused = await runAction(addSeriesDefinition, series(cohort.id, { title: "Lab, again" }), as(teacher));
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("already starts on") });
    const again = await runAction(
      addSeriesDefinition,
      series(cohort.id, { title: "Lab, again", from: rows[1]!.startsAt.toISOString().slice(0, 10) }),
      as(teacher),
    );
    expect(again).toMatchObject({ ok: true });
    const after = await t.db.cohortSession.findMany({ where: { cohortId: cohort.id }, orderBy: { startsAt: "asc" } });
    expect(after).toHaveLength(5);
    // The cancelled rows came back: same ids (members' calendars know their UIDs), live, SEQUENCE past the CANCEL.
    for (const old of rows.slice(1)) {
      const back = after.find((r) => r.id === old.id)!;
      expect(back).toMatchObject({ cancelledAt: null, sequence: 2, title: "Lab, again" });
      expect(back.seriesId).not.toBe(old.seriesId);
    }
    expect(after.filter((r) => r.cancelledAt !== null)).toHaveLength(0);
    expect(new Set(after.map((r) => r.startsAt.toISOString())).size).toBe(5);
  });
});
