// The cohort domain's actions and routes, called as anonymous, with a revoked session, and as every kind of
// person around a cohort: its member, its mentor, the course's co-instructor, an admin, and those who must be
// refused (another instructor, an advisor, a learner, the other cohort's member and mentor, a refunded member).
// A refusal is the same answer as for no cohort at all, and writes nothing; the allowed get their answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import * as cohortActions from "@/lib/cohorts/actions";
import {
  calendarFeedDefinition,
  calendarFeedLinksDefinition,
  cancelSessionDefinition,
  cohortStaffViewDefinition,
  joinSessionDefinition,
  postAnnouncementDefinition,
  resetCalendarFeedDefinition,
  saveSessionDefinition,
  saveSessionRecordDefinition,
  setAttendanceDefinition,
} from "@/lib/cohorts/definitions";
import { NO_SUCH_COHORT_MESSAGE } from "@/lib/cohorts/errors";
import { cohortHomeStateDefinition } from "@/lib/cohort-views/home-answer";
import {
  addSeriesDefinition,
  addSessionDefinition,
  cancelSeriesDefinition,
  cohortScheduleDefinition,
} from "@/lib/cohorts/schedule-definitions";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { expectEveryActionCovered, expectRefusedWithoutSideEffects } from "../auth/matrix";
import { deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { buySeat, createCohortCourse, refundInFull } from "./fixtures";

const PEOPLE = [
  "admin",
  "instructor",
  "courseInstructor",
  "advisor",
  "learner",
  "mentor",
  "otherMentor",
  "member",
  "otherCohort",
  "refunded",
] as const;
type Who = (typeof PEOPLE)[number];
type Person = { id: string; sessionVersion: number };
type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
type Target = {
  cohortId: string;
  sessionId: string;
  liveSessionId: string;
  cancelSessionId: string;
  seriesSessionId: string;
  memberId: string;
};
type Case = {
  name: string;
  definition: AnyDefinition;
  input: (target: Target) => Record<string, string>;
  /** The same call aimed at nothing: what every refused person must hear too. */
  missing: (target: Target) => Record<string, string>;
  allowed: readonly Who[];
  /** What an allowed person's answer holds. */
  allowedGets: (target: Target) => unknown;
};

const STAFF = ["admin", "courseInstructor", "mentor"] as const;
/** Who plans a cohort's schedule in the studio: the course's instructors and admins, not its mentors. */
const PLANNERS = ["admin", "courseInstructor"] as const;
const erase = (definition: unknown) => definition as AnyDefinition;
const noCohort = (_target?: Target) => ({ cohortId: "no-such-cohort" });
const noSession = () => ({ sessionId: "no-such-session" });
const feedLinks = () => ({
  webcalUrl: expect.stringMatching(/^webcal:.+\/cohort\.ics$/),
  httpsUrl: expect.stringMatching(/^https?:.+\/cohort\.ics$/),
});
const sessionEdit = (target: Target) => ({
  sessionId: target.sessionId,
  title: "Kick-off, renamed",
  agenda: "Introductions",
  startsAt: "2031-04-14T19:00",
  endsAt: "2031-04-14T21:00",
  joinUrl: "https://meet.example.test/april-room",
});

// Each allowed call adds at its own time (a second add at the same moment is refused as taken).
let added = 0;
const dayAfter = (start: string, days: number) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const newSession = (cohortId: string) => ({
  cohortId,
  title: "Office hour",
  agenda: "",
  startsAt: `${dayAfter("2031-06-02", (added += 1))}T18:00`,
  durationMinutes: "60",
  joinUrl: "",
});
const newSeries = (cohortId: string) => ({
  cohortId,
  title: "Weekly lab",
  agenda: "",
  joinUrl: "",
  dayMON: "on",
  time: "18:00",
  durationMinutes: "90",
  from: dayAfter("2032-01-05", 14 * (added += 1)),
  endBy: "count",
  count: "2",
});

const CASES: Case[] = [
  {
    name: "GET /api/cohorts/home (the cohort home's member part)",
    definition: erase(cohortHomeStateDefinition),
    input: (target) => ({ cohortId: target.cohortId }),
    missing: noCohort,
    allowed: ["member", ...STAFF],
    allowedGets: (target) => ({ home: { cohort: { id: target.cohortId } } }),
  },
  {
    name: "the member's calendar feed links (cohort home)",
    definition: erase(calendarFeedLinksDefinition),
    input: (target) => ({ cohortId: target.cohortId }),
    missing: noCohort,
    allowed: ["member"],
    allowedGets: feedLinks,
  },
  {
    name: "resetCalendarFeedAction",
    definition: erase(resetCalendarFeedDefinition),
    input: (target) => ({ cohortId: target.cohortId }),
    missing: noCohort,
    allowed: ["member"],
    allowedGets: feedLinks,
  },
  {
    name: "GET /cohorts/[id]/sessions/[sessionId]/join",
    definition: erase(joinSessionDefinition),
    input: (target) => ({ cohortId: target.cohortId, sessionId: target.liveSessionId }),
    missing: (target) => ({ cohortId: target.cohortId, sessionId: "no-such-session" }),
    allowed: ["member", ...STAFF],
    allowedGets: () => ({ url: "https://meet.example.test/live-room" }),
  },
  {
    name: "GET /cohorts/[id]/staff",
    definition: erase(cohortStaffViewDefinition),
    input: (target) => ({ cohortId: target.cohortId }),
    missing: noCohort,
    allowed: STAFF,
    allowedGets: (target) => ({
      cohort: { id: target.cohortId },
      roster: [expect.objectContaining({ id: target.memberId })],
    }),
  },
  {
    name: "saveSessionAction",
    definition: erase(saveSessionDefinition),
    input: sessionEdit,
    missing: (target) => ({ ...sessionEdit(target), ...noSession() }),
    allowed: STAFF,
    allowedGets: (target) => ({ sessionId: target.sessionId }),
  },
  {
    name: "saveSessionRecordAction",
    definition: erase(saveSessionRecordDefinition),
    input: (target) => ({ sessionId: target.sessionId, recordingUrl: "https://video.example.test/r", notes: "Slides" }),
    missing: () => ({ ...noSession(), recordingUrl: "", notes: "" }),
    allowed: STAFF,
    allowedGets: (target) => ({ sessionId: target.sessionId }),
  },
  {
    name: "setAttendanceAction",
    definition: erase(setAttendanceDefinition),
    input: (target) => ({ sessionId: target.sessionId, userId: target.memberId, present: "false" }),
    missing: (target) => ({ ...noSession(), userId: target.memberId, present: "false" }),
    allowed: STAFF,
    allowedGets: (target) => ({ sessionId: target.sessionId }),
  },
  {
    name: "postAnnouncementAction",
    definition: erase(postAnnouncementDefinition),
    input: (target) => ({ cohortId: target.cohortId, title: "Room change", body: "We meet in the new room." }),
    missing: (target) => ({ ...noCohort(target), title: "Room change", body: "We meet in the new room." }),
    allowed: STAFF,
    allowedGets: (target) => ({ cohortId: target.cohortId, mailed: 1 }),
  },
  {
    name: "GET /studio/cohorts/[cohortId]/schedule",
    definition: erase(cohortScheduleDefinition),
    input: (target) => ({ cohortId: target.cohortId }),
    missing: noCohort,
    allowed: PLANNERS,
    allowedGets: (target) => ({ cohort: { id: target.cohortId }, sessions: expect.any(Array) }),
  },
  {
    name: "addSessionAction",
    definition: erase(addSessionDefinition),
    input: (target) => newSession(target.cohortId),
    missing: () => newSession("no-such-cohort"),
    allowed: PLANNERS,
    allowedGets: (target) => ({ cohortId: target.cohortId, created: 1 }),
  },
  {
    name: "addSeriesAction",
    definition: erase(addSeriesDefinition),
    input: (target) => newSeries(target.cohortId),
    missing: () => newSeries("no-such-cohort"),
    allowed: PLANNERS,
    allowedGets: (target) => ({ cohortId: target.cohortId, created: 2 }),
  },
  {
    name: "cancelSeriesAction",
    definition: erase(cancelSeriesDefinition),
    input: (target) => ({ sessionId: target.seriesSessionId }),
    missing: noSession,
    allowed: PLANNERS,
    allowedGets: (target) => ({ cohortId: target.cohortId, seriesId: "series-matrix" }),
  },
  {
    name: "cancelSessionAction",
    definition: erase(cancelSessionDefinition),
    input: (target) => ({ sessionId: target.cancelSessionId }),
    missing: noSession,
    allowed: STAFF,
    allowedGets: (target) => ({ sessionId: target.cancelSessionId }),
  },
];

let t: TestDatabase;
let target: Target;
const people = {} as Record<Who, Person>;

async function snapshot() {
  const [enrollments, payments, sessions, mentors, mail, outbox, audit, feeds, attendance, announcements] =
    await Promise.all([
      t.db.enrollment.findMany({ orderBy: { id: "asc" } }),
      t.db.payment.findMany({ orderBy: { id: "asc" } }),
      t.db.cohortSession.findMany({ orderBy: { id: "asc" } }),
      t.db.cohortMentor.findMany({ orderBy: { userId: "asc" } }),
      t.db.emailOutbox.count(),
      t.db.outboxMessage.count(),
      t.db.auditLog.count(),
      t.db.cohortCalendarFeed.findMany({ orderBy: { id: "asc" } }),
      t.db.cohortAttendance.findMany({ orderBy: [{ sessionId: "asc" }, { userId: "asc" }] }),
      t.db.cohortAnnouncement.count(),
    ]);
  return { enrollments, payments, sessions, mentors, mail, outbox, audit, feeds, attendance, announcements };
}

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
  const { course, january, april } = await createCohortCourse(t.db);
  const session = (title: string, startsAt: Date, joinUrl: string) =>
    t.db.cohortSession.create({
      data: { cohortId: april.id, title, startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), joinUrl },
    });
  const kickoff = await session("Kick-off", april.startsAt, "https://meet.example.test/april-room");
  const live = await session("Live now", new Date(Date.now() - 60_000), "https://meet.example.test/live-room");
  const toCancel = await session("To cancel", new Date(april.startsAt.getTime() + 86_400_000), "https://x.test/c");
  const inSeries = await session("Series", new Date(april.startsAt.getTime() + 2 * 86_400_000), "https://x.test/s");
  await t.db.cohortSession.update({ where: { id: inSeries.id }, data: { seriesId: "series-matrix" } });
  for (const [key, role] of [
    ["admin", "ADMIN"],
    ["instructor", "INSTRUCTOR"],
    ["courseInstructor", "INSTRUCTOR"],
    ["advisor", "ADVISOR"],
    ["learner", "LEARNER"],
    ["mentor", "LEARNER"],
    ["otherMentor", "LEARNER"],
  ] as const) {
    people[key] = await t.db.user.create({
      data: { email: `${key}-cohorts@example.test`, name: key, role, emailVerified: new Date() },
      select: { id: true, sessionVersion: true },
    });
  }
  await t.db.courseCoInstructor.create({ data: { courseId: course.id, userId: people.courseInstructor.id } });
  await t.db.cohortMentor.create({ data: { cohortId: april.id, userId: people.mentor.id } });
  await t.db.cohortMentor.create({ data: { cohortId: january.id, userId: people.otherMentor.id } });
  people.member = (await buySeat(t.db, course, april.id, "member")).learner;
  people.otherCohort = (await buySeat(t.db, course, january.id, "january")).learner;
  const refunded = await buySeat(t.db, course, april.id, "refunded");
  await refundInFull(refunded.paymentIntent, refunded.payment.amountCents);
  people.refunded = refunded.learner;
  target = {
    cohortId: april.id,
    sessionId: kickoff.id,
    liveSessionId: live.id,
    cancelSessionId: toCancel.id,
    seriesSessionId: inSeries.id,
    memberId: people.member.id,
  };
});
afterAll(() => setWebhookDelivery(null));

describe("cohorts authorization matrix", () => {
  it("covers every exported server action", () => {
    expectEveryActionCovered(cohortActions, CASES);
  });

  for (const testCase of CASES) {
    describe(testCase.name, () => {
      it("refuses an anonymous caller without side effects", async () => {
        await expectRefusedWithoutSideEffects(
          snapshot,
          () => runAction(testCase.definition, testCase.input(target), scopeFor(null)),
          "UNAUTHENTICATED",
        );
      });

      it("refuses a revoked session (a newer session version) of someone allowed", async () => {
        const who = people[testCase.allowed[0]!];
        await expectRefusedWithoutSideEffects(
          snapshot,
          () =>
            runAction(
              testCase.definition,
              testCase.input(target),
              scopeFor({ sub: who.id, sv: who.sessionVersion - 1 }),
            ),
          "UNAUTHENTICATED",
        );
      });

      for (const who of PEOPLE.filter((person) => !testCase.allowed.includes(person))) {
        it(`refuses ${who} as if there were no cohort, without side effects`, async () => {
          const result = await expectRefusedWithoutSideEffects(snapshot, () =>
            runAction(testCase.definition, testCase.input(target), scopeFor(claimsOf(people[who]))),
          );
          expect(result).toMatchObject({ ok: false, error: NO_SUCH_COHORT_MESSAGE });
          const missing = await runAction(
            testCase.definition,
            testCase.missing(target),
            scopeFor(claimsOf(people[who])),
          );
          expect(missing).toEqual(result);
        });
      }

      it(`answers ${testCase.allowed.join(", ")}`, async () => {
        for (const who of testCase.allowed) {
          const result = await runAction(testCase.definition, testCase.input(target), scopeFor(claimsOf(people[who])));
          expect(result, who).toMatchObject({ ok: true, data: testCase.allowedGets(target) });
          if (testCase.name === "GET /cohorts/[id]") expect(JSON.stringify(result)).not.toContain("april-room");
        }
      });
    });
  }

  it("records attendance for a member who joins, not for staff who join", async () => {
    const rows = await t.db.cohortAttendance.findMany({ where: { sessionId: target.liveSessionId } });
    expect(rows.map((row) => [row.userId, row.present])).toEqual([[people.member.id, true]]);
  });
});

describe("GET /calendar/[token]/cohort.ics", () => {
  const feed = (token: string, who: Person | null = null) =>
    runAction(calendarFeedDefinition, { token }, scopeFor(who ? claimsOf(who) : null));

  it("answers the member's own token to anyone holding it (calendar apps have no session), and nothing else", async () => {
    const links = await runAction(
      calendarFeedLinksDefinition,
      { cohortId: target.cohortId },
      scopeFor(claimsOf(people.member)),
    );
    if (!links.ok) throw new Error(links.error);
    const token = /\/calendar\/([^/]+)\/cohort\.ics$/.exec(links.data.httpsUrl)![1]!;
    expect(await feed(token)).toMatchObject({ ok: true, data: expect.stringContaining("BEGIN:VEVENT") });
    expect(JSON.stringify(await feed(token))).not.toContain("meet.example.test");
    const [id, nonce, signature] = token.split(".") as [string, string, string];
    for (const forged of [
      `${id}.${nonce}.${signature.slice(0, -2)}AA`,
      `${id}.AAAA${nonce.slice(4)}.${signature}`,
      `other.${nonce}.${signature}`,
    ])
      for (const who of [null, people.member, people.admin])
        expect(await feed(forged, who)).toEqual({ ok: true, data: null });
    expect(await feed("")).toMatchObject({ ok: false, code: "INVALID" });
  });
});
