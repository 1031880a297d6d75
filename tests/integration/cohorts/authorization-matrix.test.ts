// The cohort domain's routes, called as anonymous, with a revoked session, as every role that is not a member
// (a mentor included, for now), as a member of the course's other cohort and as a refunded member: each is
// refused with the same answer as for no cohort at all, and writes nothing. Only a member gets the home.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import {
  calendarFeedDefinition,
  calendarFeedLinksDefinition,
  cohortHomeDefinition,
  resetCalendarFeedDefinition,
} from "@/lib/cohorts/definitions";
import { NO_SUCH_COHORT_MESSAGE } from "@/lib/cohorts/errors";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import * as cohortActions from "@/lib/cohorts/actions";
import { expectEveryActionCovered, expectRefusedWithoutSideEffects } from "../auth/matrix";
import { deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { buySeat, createCohortCourse, refundInFull } from "./fixtures";

type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
type Target = { cohortId: string };
type Case = {
  name: string;
  definition: AnyDefinition;
  input: (target: Target) => Record<string, string>;
  /** What a member's answer holds. */
  memberGets: (target: Target) => unknown;
};
const feedLinks = () => ({
  webcalUrl: expect.stringMatching(/^webcal:.+\/cohort\.ics$/),
  httpsUrl: expect.stringMatching(/^https?:.+\/cohort\.ics$/),
});

const CASES: Case[] = [
  {
    name: "GET /cohorts/[id]",
    definition: cohortHomeDefinition as unknown as AnyDefinition,
    input: (target) => ({ cohortId: target.cohortId }),
    memberGets: (target) => ({ cohort: { id: target.cohortId } }),
  },
  {
    name: "the member's calendar feed links (cohort home)",
    definition: calendarFeedLinksDefinition as unknown as AnyDefinition,
    input: (target) => ({ cohortId: target.cohortId }),
    memberGets: feedLinks,
  },
  {
    name: "resetCalendarFeedAction",
    definition: resetCalendarFeedDefinition as unknown as AnyDefinition,
    input: (target) => ({ cohortId: target.cohortId }),
    memberGets: feedLinks,
  },
];

type Person = { id: string; sessionVersion: number };
let t: TestDatabase;
let target: Target;
const people = {} as Record<
  "admin" | "instructor" | "advisor" | "learner" | "mentor" | "member" | "otherCohort" | "refunded",
  Person
>;

async function snapshot() {
  const [enrollments, payments, sessions, mentors, mail, audit, feeds] = await Promise.all([
    t.db.enrollment.findMany({ orderBy: { id: "asc" } }),
    t.db.payment.findMany({ orderBy: { id: "asc" } }),
    t.db.cohortSession.findMany({ orderBy: { id: "asc" } }),
    t.db.cohortMentor.findMany({ orderBy: { userId: "asc" } }),
    t.db.emailOutbox.count(),
    t.db.auditLog.count(),
    t.db.cohortCalendarFeed.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { enrollments, payments, sessions, mentors, mail, audit, feeds };
}

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
  const { course, january, april } = await createCohortCourse(t.db);
  target = { cohortId: april.id };
  await t.db.cohortSession.create({
    data: {
      cohortId: april.id,
      title: "Kick-off",
      startsAt: april.startsAt,
      endsAt: new Date(april.startsAt.getTime() + 7_200_000),
      joinUrl: "https://meet.example.test/april-room",
    },
  });
  for (const [key, role] of [
    ["admin", "ADMIN"],
    ["instructor", "INSTRUCTOR"],
    ["advisor", "ADVISOR"],
    ["learner", "LEARNER"],
    ["mentor", "LEARNER"],
  ] as const) {
    people[key] = await t.db.user.create({
      data: { email: `${key}-cohorts@example.test`, name: key, role, emailVerified: new Date() },
      select: { id: true, sessionVersion: true },
    });
  }
  await t.db.cohortMentor.create({ data: { cohortId: april.id, userId: people.mentor.id } });
  people.member = (await buySeat(t.db, course, april.id, "member")).learner;
  people.otherCohort = (await buySeat(t.db, course, january.id, "january")).learner;
  const refunded = await buySeat(t.db, course, april.id, "refunded");
  await refundInFull(refunded.paymentIntent, refunded.payment.amountCents);
  people.refunded = refunded.learner;
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

      it("refuses a member's session revoked by a newer session version", async () => {
        const stale = { sub: people.member.id, sv: people.member.sessionVersion - 1 };
        await expectRefusedWithoutSideEffects(
          snapshot,
          () => runAction(testCase.definition, testCase.input(target), scopeFor(stale)),
          "UNAUTHENTICATED",
        );
      });

      for (const who of ["admin", "instructor", "advisor", "learner", "mentor", "otherCohort", "refunded"] as const) {
        it(`refuses ${who} (not a member) as if there were no cohort, without side effects`, async () => {
          const result = await expectRefusedWithoutSideEffects(snapshot, () =>
            runAction(testCase.definition, testCase.input(target), scopeFor(claimsOf(people[who]))),
          );
          expect(result).toMatchObject({ ok: false, error: NO_SUCH_COHORT_MESSAGE });
          const missing = await runAction(
            testCase.definition,
            { cohortId: "no-such-cohort" },
            scopeFor(claimsOf(people[who])),
          );
          expect(missing).toEqual(result);
        });
      }

      it("answers a member, without the join link months before the session", async () => {
        const result = await runAction(testCase.definition, testCase.input(target), scopeFor(claimsOf(people.member)));
        expect(result).toMatchObject({ ok: true, data: testCase.memberGets(target) });
        expect(JSON.stringify(result)).not.toContain("april-room");
      });
    });
  }
});

describe("GET /calendar/[token]/cohort.ics", () => {
  const feed = (token: string, who: Person | null = null) =>
    runAction(calendarFeedDefinition, { token }, scopeFor(who ? claimsOf(who) : null));

  it("answers the member's own token to anyone holding it (calendar apps have no session), and nothing else", async () => {
    const links = await runAction(calendarFeedLinksDefinition, target, scopeFor(claimsOf(people.member)));
    if (!links.ok) throw new Error(links.error);
    const token = /\/calendar\/([^/]+)\/cohort\.ics$/.exec(links.data.httpsUrl)![1]!;
    expect(await feed(token)).toMatchObject({ ok: true, data: expect.stringContaining("BEGIN:VEVENT") });
    expect(JSON.stringify(await feed(token))).not.toContain("april-room");
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
