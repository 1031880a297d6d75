// A member's calendar: the signed feed (read back with ical.js; a reset link or a refund ends the old URL),
// one invite per session by mail (updates and cancellations with the same UID and a higher SEQUENCE; a refund
// cancels what was sent; a series added or cut short in the studio's schedule editor alike), and the 24-hour
// and 1-hour reminders: once, across a restart of the job runner and under several workers at once, never to a
// refunded member.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { sessionUid } from "@/lib/cohorts/calendar";
import {
  calendarFeedDefinition,
  calendarFeedLinksDefinition,
  resetCalendarFeedDefinition,
} from "@/lib/cohorts/definitions";
import { COHORT_CALENDAR_JOB } from "@/lib/cohorts/jobs";
import { addSeriesDefinition, cancelSeriesDefinition } from "@/lib/cohorts/schedule-definitions";
import { sendDueCohortInvites } from "@/lib/cohorts/send-invites";
import { sendDueCohortReminders } from "@/lib/cohorts/send-reminders";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { JOBS } from "@/lib/worker/registry";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { buySeat, createCohortCourse, refundInFull } from "./fixtures";

let t: TestDatabase;
const HOUR = 3_600_000;
const running: JobRunner[] = [];

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
});
afterAll(async () => {
  setWebhookDelivery(null);
  for (const runner of running) await runner.stop().catch(() => undefined);
});

async function cohortWithSessions(startsIn: number[]) {
  const { course, april } = await createCohortCourse(t.db);
  const sessions = [];
  for (const [index, hours] of startsIn.entries()) {
    const startsAt = new Date(Date.now() + hours * HOUR);
    sessions.push(
      await t.db.cohortSession.create({
        data: {
          cohortId: april.id,
          title: `Session ${index + 1}`,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 2 * HOUR),
          joinUrl: "https://meet.example.test/room",
        },
      }),
    );
  }
  return { course, cohort: april, sessions };
}

type Parsed = { method: string | null; uid: string; sequence: number; status: string; summary: string };

function parse(ics: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      method: (calendar.getFirstPropertyValue("method") as string | null) ?? null,
      uid: event.uid,
      sequence: event.sequence,
      status: String(vevent.getFirstPropertyValue("status")),
      summary: event.summary,
    };
  });
}

async function invitesTo(email: string): Promise<Parsed[]> {
  const mails = await t.db.emailOutbox.findMany({
    where: { to: email, kind: { in: ["cohort-session-invite", "cohort-session-cancelled"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return mails.flatMap((mail) => parse((mail.attachments as Array<{ content: string }>)[0]!.content));
}

const reminders = (email: string) =>
  t.db.emailOutbox.findMany({
    where: { to: email, kind: "cohort-session-reminder" },
    orderBy: { subject: "asc" },
    select: { subject: true },
  });

/** Workers running at once write their mails in any order: the same invites, each once. */
function expectSameInvites(actual: unknown[][], expected: unknown[][]) {
  const key = (row: unknown[]) => JSON.stringify(row);
  expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
}

async function feedOf(userId: string, cohortId: string) {
  const links = await runAction(
    calendarFeedLinksDefinition,
    { cohortId },
    scopeFor(claimsOf({ id: userId, sessionVersion: 0 })),
  );
  if (!links.ok) throw new Error(links.error);
  return links.data;
}

const tokenOf = (url: string) => /\/calendar\/([^/]+)\/cohort\.ics$/.exec(url)![1]!;

async function readFeed(url: string) {
  const result = await runAction(calendarFeedDefinition, { token: tokenOf(url) }, scopeFor(null));
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe("calendar feed", () => {
  it("lists the cohort's sessions for a member, follows edits, and stops for a reset link and after a refund", async () => {
    const { course, cohort, sessions } = await cohortWithSessions([48, 96]);
    const { learner, payment, paymentIntent } = await buySeat(t.db, course, cohort.id);
    const links = await feedOf(learner.id, cohort.id);
    expect(links.webcalUrl).toMatch(/^webcal:\/\/.+\/calendar\/[A-Za-z0-9_.-]+\/cohort\.ics$/);
    expect(links.httpsUrl.replace(/^https?:/, "webcal:")).toBe(links.webcalUrl);
    expect(await feedOf(learner.id, cohort.id)).toEqual(links); // the same link until reset

    const first = parse((await readFeed(links.httpsUrl))!);
    expect(first.map((e) => [e.uid, e.sequence, e.status])).toEqual([
      [sessionUid(sessions[0]!.id), 0, "CONFIRMED"],
      [sessionUid(sessions[1]!.id), 0, "CONFIRMED"],
    ]);
    await t.db.cohortSession.update({
      where: { id: sessions[1]!.id },
      data: { cancelledAt: new Date(), sequence: { increment: 1 } },
    });
    expect(parse((await readFeed(links.httpsUrl))!)[1]).toMatchObject({
      uid: sessionUid(sessions[1]!.id),
      sequence: 1,
      status: "CANCELLED",
    });

    const reset = await runAction(resetCalendarFeedDefinition, { cohortId: cohort.id }, scopeFor(claimsOf(learner)));
    if (!reset.ok) throw new Error(reset.error);
    expect(reset.data.httpsUrl).not.toBe(links.httpsUrl);
    expect(await readFeed(links.httpsUrl)).toBeNull();
    expect(await readFeed(reset.data.httpsUrl)).toContain("BEGIN:VCALENDAR");

    await refundInFull(paymentIntent, payment.amountCents);
    expect(await readFeed(reset.data.httpsUrl)).toBeNull();
  });
});

describe("session invites", () => {
  it("one REQUEST per session, an update and a cancellation with the same UID and a higher SEQUENCE, a CANCEL after a refund", async () => {
    const { course, cohort, sessions } = await cohortWithSessions([48, 96, 144]);
    await t.db.cohortSession.update({ where: { id: sessions[2]!.id }, data: { cancelledAt: new Date(), sequence: 1 } });
    const { learner, payment, paymentIntent } = await buySeat(t.db, course, cohort.id);

    await Promise.all([sendDueCohortInvites(), sendDueCohortInvites(), sendDueCohortInvites()]);
    await sendDueCohortInvites();
    // The cancelled session was never sent, so nothing to cancel for it.
    expectSameInvites(
      (await invitesTo(learner.email)).map((e) => [e.method, e.uid, e.sequence]),
      [
        ["REQUEST", sessionUid(sessions[0]!.id), 0],
        ["REQUEST", sessionUid(sessions[1]!.id), 0],
      ],
    );

    await t.db.cohortSession.update({
      where: { id: sessions[0]!.id },
      data: {
        title: "Session 1, moved",
        startsAt: new Date(Date.now() + 50 * HOUR),
        endsAt: new Date(Date.now() + 52 * HOUR),
        sequence: { increment: 1 },
      },
    });
    await t.db.cohortSession.update({
      where: { id: sessions[1]!.id },
      data: { cancelledAt: new Date(), sequence: { increment: 1 } },
    });
    await Promise.all([sendDueCohortInvites(), sendDueCohortInvites()]);
    const changed = (await invitesTo(learner.email)).slice(2);
    expectSameInvites(
      changed.map((e) => [e.method, e.uid, e.sequence, e.status]),
      [
        ["REQUEST", sessionUid(sessions[0]!.id), 1, "CONFIRMED"],
        ["CANCEL", sessionUid(sessions[1]!.id), 1, "CANCELLED"],
      ],
    );
    expect(changed.find((e) => e.method === "REQUEST")?.summary).toContain("Session 1, moved");

    await refundInFull(paymentIntent, payment.amountCents);
    await sendDueCohortInvites();
    await sendDueCohortInvites();
    expect((await invitesTo(learner.email)).slice(4).map((e) => [e.method, e.uid, e.sequence])).toEqual([
      ["CANCEL", sessionUid(sessions[0]!.id), 1],
    ]);
  });
});

describe("sessions from the studio's schedule editor", () => {
  it("a new series reaches members as one REQUEST each; cancelling the rest sends CANCELs with the same UIDs", async () => {
    const { course, april: cohort } = await createCohortCourse(t.db);
    const { learner } = await buySeat(t.db, course, cohort.id);
    const teacher = scopeFor(claimsOf(await t.db.user.findUniqueOrThrow({ where: { id: course.instructorId } })));
    const added = await runAction(
      addSeriesDefinition,
      {
        cohortId: cohort.id,
        title: "Weekly lab",
        agenda: "",
        joinUrl: "",
        dayWED: "on",
        time: "19:00",
        durationMinutes: "60",
        from: "2031-10-29",
        endBy: "count",
        count: "3",
      },
      teacher,
    );
    if (!added.ok) throw new Error(added.error);
    // The action mailed them after its answer (inline here); another run finds nothing more to send.
    expect(await sendDueCohortInvites()).toBe(0);
    const rows = await t.db.cohortSession.findMany({ where: { cohortId: cohort.id }, orderBy: { startsAt: "asc" } });
    const sent = await invitesTo(learner.email);
    expectSameInvites(
      sent.map((e) => [e.method, e.uid, e.sequence, e.summary.includes("Weekly lab")]),
      rows.map((row) => ["REQUEST", sessionUid(row.id), 0, true]),
    );

    const cancelled = await runAction(cancelSeriesDefinition, { sessionId: rows[1]!.id }, teacher);
    expect(cancelled).toMatchObject({ ok: true, data: { cancelled: 2 } });
    expectSameInvites(
      (await invitesTo(learner.email)).slice(3).map((e) => [e.method, e.uid, e.sequence, e.status]),
      rows.slice(1).map((row) => ["CANCEL", sessionUid(row.id), 1, "CANCELLED"]),
    );
    expect(await sendDueCohortInvites()).toBe(0);
  });
});

describe("session reminders", () => {
  it("24 hours and 1 hour before, once each under several workers, never to a refunded member", async () => {
    const { course, cohort } = await cohortWithSessions([23, 0.5, 30]);
    const member = await buySeat(t.db, course, cohort.id, "member");
    const refunded = await buySeat(t.db, course, cohort.id, "refunded");
    await refundInFull(refunded.paymentIntent, refunded.payment.amountCents);

    await Promise.all([sendDueCohortReminders(), sendDueCohortReminders(), sendDueCohortReminders()]);
    await sendDueCohortReminders();
    expect((await reminders(member.learner.email)).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Coming up: Session 1, /),
      "In one hour: Session 2",
    ]);
    expect(await reminders(refunded.learner.email)).toEqual([]);
    expect(await t.db.cohortReminder.count({ where: { session: { cohortId: cohort.id } } })).toBe(2);
  });

  it("are sent once by the job runner, and not again after it restarts", async () => {
    expect(JOBS.map((job) => job.name)).toContain(COHORT_CALENDAR_JOB);
    const { course, cohort } = await cohortWithSessions([0.75]);
    const { learner } = await buySeat(t.db, course, cohort.id, "restart");
    for (let round = 0; round < 2; round += 1) {
      const runner = await startJobRunner({
        jobs: JOBS,
        connection: t.jobs,
        pollingIntervalSeconds: 0.5,
        log: () => undefined,
      });
      running.push(runner);
      const id = await runner.send(COHORT_CALENDAR_JOB);
      let state: string | null = null;
      for (let i = 0; i < 120 && state !== "completed" && state !== "failed"; i += 1) {
        state = await runner.stateOf(COHORT_CALENDAR_JOB, id);
        if (state !== "completed") await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(state).toBe("completed");
      await runner.stop();
      expect((await reminders(learner.email)).map((m) => m.subject)).toEqual(["In one hour: Session 1"]);
      expect(await invitesTo(learner.email)).toHaveLength(1);
    }
  });
});
