// Every booking action and route, called as anonymous, with the wrong role and as another advisor: each is
// refused, or reaches only the caller's own data, and the victim advisor's calendar and bookings are untouched.
// The calendar's actions (weekly hours, date overrides) are also a mentor's, on their calls-only profile: the
// mentor changes their own and never the victim's; a learner, instructor or admin without a profile is refused.
import type { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import * as bookingActions from "@/lib/booking/actions";
import { slotsDefinition } from "@/lib/booking/definitions";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { createUser } from "@/tests/helpers/fixtures";
import { claimsOf, scopeFor, uniqueIp } from "../auth/helpers";
import { bookingInput, createAdvisor, slotAhead } from "./fixtures";
import { expectEveryActionCovered, expectRefusedWithoutSideEffects } from "../auth/matrix";

type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
type Victim = { bookingId: string; advisorId: string };
type Case = {
  name: string;
  definition: AnyDefinition;
  kind: "public" | "advisor" | "calendar" | "admin";
  input: (victim: Victim) => Record<string, string>;
};

const AVAILABILITY = {
  hours_mon: "00:00-24:00",
  hours_tue: "",
  hours_wed: "",
  hours_thu: "",
  hours_fri: "",
  hours_sat: "",
  hours_sun: "",
  timeZone: "Asia/Tokyo",
  meetingMinutes: "45",
  bufferBeforeMinutes: "0",
  bufferMinutes: "0",
  minNoticeHours: "0",
  horizonDays: "30",
  dailyCap: "",
  changeCutoffHours: "2",
  videoUrl: "",
};

const CASES: Case[] = [
  {
    name: "createBookingAction",
    kind: "public",
    definition: bookingActions.createBookingAction.definition,
    input: (v) => ({ ...bookingInput(v.advisorId, new Date(Date.now() - 60_000)) }),
  },
  {
    name: "confirmBookingByTokenAction",
    kind: "public",
    definition: bookingActions.confirmBookingByTokenAction.definition,
    input: (v) => ({ token: `${v.bookingId}.9999999999.nonce.forged` }),
  },
  {
    name: "cancelBookingByTokenAction",
    kind: "public",
    definition: bookingActions.cancelBookingByTokenAction.definition,
    input: (v) => ({ token: `${v.bookingId}.9999999999.nonce.forged` }),
  },
  {
    name: "rescheduleBookingByTokenAction",
    kind: "public",
    definition: bookingActions.rescheduleBookingByTokenAction.definition,
    input: (v) => ({
      token: `${v.bookingId}.9999999999.nonce.forged`,
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    }),
  },
  {
    name: "GET /api/booking/slots",
    kind: "public",
    definition: slotsDefinition as unknown as AnyDefinition,
    input: () => ({ topic: "OTHER", timeZone: "UTC" }),
  },
  {
    name: "saveAvailabilityAction",
    kind: "calendar",
    definition: bookingActions.saveAvailabilityAction.definition,
    input: (v) => ({ ...AVAILABILITY, advisorId: v.advisorId }),
  },
  {
    name: "saveDateOverrideAction",
    kind: "calendar",
    definition: bookingActions.saveDateOverrideAction.definition,
    input: (v) => ({ advisorId: v.advisorId, date: "2030-01-02", hours: "" }),
  },
  {
    name: "removeDateOverrideAction",
    kind: "calendar",
    definition: bookingActions.removeDateOverrideAction.definition,
    input: (v) => ({ advisorId: v.advisorId, date: "2030-01-01" }),
  },
  {
    name: "saveBookingNotesAction",
    kind: "advisor",
    definition: bookingActions.saveBookingNotesAction.definition,
    input: (v) => ({ bookingId: v.bookingId, advisorNotes: "overwritten" }),
  },
  {
    name: "setBookingOutcomeAction",
    kind: "advisor",
    definition: bookingActions.setBookingOutcomeAction.definition,
    input: (v) => ({ bookingId: v.bookingId, outcome: "NO_SHOW" }),
  },
  {
    name: "advisorCancelBookingAction",
    kind: "advisor",
    definition: bookingActions.advisorCancelBookingAction.definition,
    input: (v) => ({ bookingId: v.bookingId, message: "gone" }),
  },
  {
    name: "sendLearningPlanAction",
    kind: "advisor",
    definition: bookingActions.sendLearningPlanAction.definition,
    input: (v) => ({ bookingId: v.bookingId, courseIds: "course-x", note: "n" }),
  },
  {
    name: "createAdvisorProfileAction",
    kind: "admin",
    definition: bookingActions.createAdvisorProfileAction.definition,
    input: () => ({ email: "learner-matrix@example.test", headline: "H", timeZone: "UTC" }),
  },
  {
    name: "setAdvisorActiveAction",
    kind: "admin",
    definition: bookingActions.setAdvisorActiveAction.definition,
    input: (v) => ({ advisorId: v.advisorId, active: "false" }),
  },
];

let t: TestDatabase;
let victim: Victim;
const people = {} as Record<
  "learner" | "instructor" | "admin" | "otherAdvisor" | "mentor",
  { id: string; sessionVersion: number }
>;
let mentorAdvisorId: string;

/** The mentor's own calendar: what their calls change. */
async function mentorCalendar() {
  const [advisor, rules, overrides] = await Promise.all([
    t.db.advisor.findUniqueOrThrow({ where: { id: mentorAdvisorId }, select: { timeZone: true } }),
    t.db.availabilityRule.findMany({ where: { advisorId: mentorAdvisorId }, orderBy: { id: "asc" } }),
    t.db.dateOverride.findMany({ where: { advisorId: mentorAdvisorId }, orderBy: { id: "asc" } }),
  ]);
  return { advisor, rules, overrides };
}

async function snapshot() {
  const [advisor, rules, overrides, booking, plans, audit] = await Promise.all([
    t.db.advisor.findUniqueOrThrow({ where: { id: victim.advisorId } }),
    t.db.availabilityRule.findMany({ where: { advisorId: victim.advisorId }, orderBy: { id: "asc" } }),
    t.db.dateOverride.findMany({ where: { advisorId: victim.advisorId }, orderBy: { id: "asc" } }),
    t.db.booking.findUniqueOrThrow({ where: { id: victim.bookingId } }),
    t.db.learningPlan.count(),
    t.db.auditLog.count(),
  ]);
  return {
    advisor,
    rules,
    overrides,
    booking,
    plans,
    audit,
    bookings: await t.db.booking.count(),
    users: await t.db.user.count({ where: { role: "ADVISOR" } }),
  };
}

beforeAll(async () => {
  t = await useTestDatabase();
  const owner = await createAdvisor(t.db);
  await t.db.dateOverride.create({ data: { advisorId: owner.advisor.id, date: new Date("2030-01-01T00:00:00Z") } });
  const created = await runAction(
    bookingActions.createBookingAction.definition,
    bookingInput(owner.advisor.id, await slotAhead(owner.advisor.id)),
    scopeFor(null, uniqueIp()),
  );
  if (!created.ok) throw new Error(created.error);
  victim = { bookingId: created.data.bookingId, advisorId: owner.advisor.id };
  people.learner = await createUser(t.db, { role: "LEARNER", email: "learner-matrix@example.test" });
  people.instructor = await createUser(t.db, { role: "INSTRUCTOR" });
  people.admin = await createUser(t.db, { role: "ADMIN" });
  people.otherAdvisor = (await createAdvisor(t.db)).user;
  // A mentor keeps the learner role; their profile only takes project review calls.
  people.mentor = await createUser(t.db, { role: "LEARNER" });
  const mentorAdvisor = await t.db.advisor.create({
    data: {
      userId: people.mentor.id,
      slug: `matrix-mentor-${people.mentor.id}`,
      headline: "Mentor",
      timeZone: "UTC",
      consults: false,
    },
  });
  mentorAdvisorId = mentorAdvisor.id;
  await t.db.dateOverride.create({ data: { advisorId: mentorAdvisorId, date: new Date("2030-01-01T00:00:00Z") } });
});

describe("booking authorization matrix", () => {
  it("covers every exported action", () => {
    expectEveryActionCovered(bookingActions, CASES);
  });

  for (const testCase of CASES) {
    describe(testCase.name, () => {
      if (testCase.kind === "public") {
        it("is open to anonymous callers but cannot touch a booking without its link", async () => {
          const before = await snapshot();
          const result = await runAction(testCase.definition, testCase.input(victim), scopeFor(null, uniqueIp()));
          if (testCase.name.startsWith("GET")) expect(result.ok).toBe(true);
          else expect(result).toMatchObject({ ok: false });
          expect(await snapshot()).toEqual(before);
        });
        return;
      }

      it("refuses an anonymous caller without side effects", async () => {
        await expectRefusedWithoutSideEffects(
          snapshot,
          () => runAction(testCase.definition, testCase.input(victim), scopeFor(null)),
          "UNAUTHENTICATED",
        );
      });

      const wrongRoles =
        testCase.kind === "advisor" || testCase.kind === "calendar"
          ? (["learner", "instructor", "admin"] as const)
          : (["learner", "instructor", "otherAdvisor"] as const);
      for (const role of wrongRoles) {
        it(`refuses the ${role} without side effects`, async () => {
          await expectRefusedWithoutSideEffects(
            snapshot,
            () => runAction(testCase.definition, testCase.input(victim), scopeFor(claimsOf(people[role]))),
            "FORBIDDEN",
          );
        });
      }

      if (testCase.kind === "calendar") {
        it("a mentor (learner role, calls-only profile) changes their own calendar, never the victim's", async () => {
          const before = await snapshot();
          const own = await mentorCalendar();
          const result = await runAction(
            testCase.definition,
            testCase.input(victim),
            scopeFor(claimsOf(people.mentor)),
          );
          expect(result).toMatchObject({ ok: true });
          expect(await snapshot()).toEqual(before);
          expect(await mentorCalendar()).not.toEqual(own);
        });
      }

      if (testCase.kind === "advisor") {
        it("a mentor's calls-only profile does not open the advisor's consultations", async () => {
          await expectRefusedWithoutSideEffects(
            snapshot,
            () => runAction(testCase.definition, testCase.input(victim), scopeFor(claimsOf(people.mentor))),
            "FORBIDDEN",
          );
        });
      }

      if (testCase.kind === "advisor" || testCase.kind === "calendar") {
        it("another advisor cannot read or change the victim's calendar or bookings", async () => {
          const before = await snapshot();
          const result = await runAction(
            testCase.definition,
            testCase.input(victim),
            scopeFor(claimsOf(people.otherAdvisor)),
          );
          if (testCase.name.includes("Booking") || testCase.name.includes("LearningPlan"))
            expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/isn't yours/) });
          expect(await snapshot()).toEqual(before);
        });
      }
    });
  }

  it("the admin can disable and re-enable an advisor, audited", async () => {
    const admin = scopeFor(claimsOf(people.admin));
    expect(
      await runAction(
        bookingActions.setAdvisorActiveAction.definition,
        { advisorId: victim.advisorId, active: "false" },
        admin,
      ),
    ).toEqual({ ok: true, data: { active: false } });
    expect(
      await t.db.auditLog.findFirst({ where: { action: "advisor.disabled", targetId: victim.advisorId } }),
    ).toMatchObject({ actorId: people.admin.id });
    expect(
      await runAction(
        bookingActions.setAdvisorActiveAction.definition,
        { advisorId: victim.advisorId, active: "true" },
        admin,
      ),
    ).toEqual({ ok: true, data: { active: true } });
  });
});
