// The review-call endpoints called as anonymous, with a revoked session, and as everyone around a cohort: the
// submission's author (the only one who may book, move or cancel its call), another member, the other cohort's
// member, the cohort's mentor (who sees the call on the review screen), the other cohort's mentor, a refunded
// member, an admin, an advisor and a learner of no cohort. A refusal writes nothing. Booking a mentor of another
// cohort is refused too.
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { submitProject } from "@/lib/projects/submit-service";
import * as reviewCallActions from "@/lib/review-calls/actions";
import {
  bookReviewCallDefinition,
  cancelReviewCallDefinition,
  cohortCallsDefinition,
  reviewCallPanelDefinition,
  submissionCallsDefinition,
} from "@/lib/review-calls/definitions";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { expectEveryActionCovered, expectRefusedWithoutSideEffects } from "../auth/matrix";
import { buySeat, refundInFull } from "../cohorts/fixtures";
import { deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { addMember } from "../projects/fixtures";
import { callSlot, createReviewCallCourse, memberWithSubmission } from "./fixtures";

const PEOPLE = [
  "admin",
  "advisor",
  "learner",
  "member",
  "otherMember",
  "otherCohort",
  "mentor",
  "otherMentor",
  "refunded",
] as const;
type Who = (typeof PEOPLE)[number];
type Person = { id: string; sessionVersion: number };
type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
type Target = { cohortId: string; submissionId: string; mentorId: string; otherMentorId: string; startsAt: string };
type Case = {
  name: string;
  definition: AnyDefinition;
  input: (x: Target) => Record<string, unknown>;
  allowed: readonly Who[];
  allowedGets: (x: Target) => unknown;
};

const erase = (definition: unknown) => definition as AnyDefinition;
let t: TestDatabase;
let target: Target;
let refundedSubmissionId: string;
const people = {} as Record<Who, Person>;

// In this order: the call is booked by the last step of the booking case and cancelled by the cancel case.
const CASES: Case[] = [
  {
    name: "the project page's review-call panel (GET /cohorts/[id]/projects/[projectId])",
    definition: erase(reviewCallPanelDefinition),
    input: (x) => ({ submissionId: x.submissionId }),
    allowed: ["member"],
    allowedGets: (x) => ({ submissionId: x.submissionId, mentorId: x.mentorId }),
  },
  {
    name: "bookReviewCallAction",
    definition: erase(bookReviewCallDefinition),
    input: (x) => ({ submissionId: x.submissionId, mentorId: x.mentorId, startsAt: x.startsAt }),
    allowed: ["member"],
    allowedGets: (x) => ({ startsAt: x.startsAt }),
  },
  {
    name: "the review screen's calls (GET /cohorts/[id]/reviews/[submissionId])",
    definition: erase(submissionCallsDefinition),
    input: (x) => ({ submissionId: x.submissionId }),
    allowed: ["admin", "mentor"],
    allowedGets: (x) => [expect.objectContaining({ startsAt: new Date(x.startsAt) })],
  },
  {
    name: "the review queue's upcoming calls (GET /cohorts/[id]/reviews)",
    definition: erase(cohortCallsDefinition),
    input: (x) => ({ cohortId: x.cohortId }),
    allowed: ["admin", "mentor"],
    allowedGets: (x) => [expect.objectContaining({ submissionId: x.submissionId, startsAt: new Date(x.startsAt) })],
  },
  {
    name: "cancelReviewCallAction",
    definition: erase(cancelReviewCallDefinition),
    input: (x) => ({ submissionId: x.submissionId }),
    allowed: ["member"],
    allowedGets: () => ({ cancelled: true }),
  },
];

async function snapshot() {
  const [bookings, reminders, mail, outbox] = await Promise.all([
    t.db.booking.findMany({ orderBy: { id: "asc" } }),
    t.db.bookingReminder.findMany({ orderBy: { id: "asc" } }),
    t.db.emailOutbox.count(),
    t.db.outboxMessage.count(),
  ]);
  return { bookings, reminders, mail, outbox };
}

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
  const setup = await createReviewCallCourse(t.db);
  for (const [key, role] of [
    ["admin", "ADMIN"],
    ["advisor", "ADVISOR"],
    ["learner", "LEARNER"],
  ] as const) {
    people[key] = await t.db.user.create({
      data: { email: `${key}-review-calls@example.test`, name: key, role, emailVerified: new Date() },
      select: { id: true, sessionVersion: true },
    });
  }
  const { member, submissionId } = await memberWithSubmission(t.db, setup);
  people.member = member;
  people.otherMember = (await memberWithSubmission(t.db, setup, "other-member")).member;
  people.otherCohort = await addMember(t.db, setup.course, setup.january.id, "january");
  people.mentor = setup.mentor;
  people.otherMentor = setup.otherMentor;
  const refunded = await buySeat(t.db, setup.course, setup.april.id, "refunded");
  refundedSubmissionId = (
    await submitProject(refunded.learner, {
      cohortId: setup.april.id,
      projectId: setup.projects.text.id,
      textAnswer: "Before the refund",
      repositoryUrl: "",
      notes: "",
    })
  ).id;
  await refundInFull(refunded.paymentIntent, refunded.payment.amountCents);
  people.refunded = refunded.learner;
  target = {
    cohortId: setup.april.id,
    submissionId,
    mentorId: setup.mentorAdvisor.id,
    otherMentorId: setup.otherAdvisor.id,
    startsAt: (await callSlot(setup.mentorAdvisor.id)).toISOString(),
  };
});
afterAll(() => setWebhookDelivery(null));

describe("review calls authorization matrix", () => {
  it("covers every exported server action", () => {
    expectEveryActionCovered(reviewCallActions, CASES);
  });

  for (const testCase of CASES) {
    describe(testCase.name, () => {
      it("refuses an anonymous caller and a revoked session without side effects", async () => {
        const input = testCase.input(target);
        await expectRefusedWithoutSideEffects(
          snapshot,
          () => runAction(testCase.definition, input, scopeFor(null)),
          "UNAUTHENTICATED",
        );
        const who = people[testCase.allowed[0]!];
        await expectRefusedWithoutSideEffects(
          snapshot,
          () => runAction(testCase.definition, input, scopeFor({ sub: who.id, sv: who.sessionVersion - 1 })),
          "UNAUTHENTICATED",
        );
      });

      for (const who of PEOPLE.filter((person) => !testCase.allowed.includes(person))) {
        it(`refuses ${who} without side effects`, async () => {
          await expectRefusedWithoutSideEffects(snapshot, () =>
            runAction(testCase.definition, testCase.input(target), scopeFor(claimsOf(people[who]))),
          );
        });
      }

      it(`answers ${testCase.allowed.join(", ")}`, async () => {
        for (const who of testCase.allowed) {
          const result = await runAction(testCase.definition, testCase.input(target), scopeFor(claimsOf(people[who])));
          expect(result, who).toMatchObject({ ok: true, data: testCase.allowedGets(target) });
        }
      });
    });
  }

  it("refuses the refunded learner on their own submission, and a mentor of another cohort, writing nothing", async () => {
    const as = (who: Person) => scopeFor(claimsOf(who));
    await expectRefusedWithoutSideEffects(snapshot, () =>
      runAction(
        bookReviewCallDefinition,
        { submissionId: refundedSubmissionId, mentorId: target.mentorId, startsAt: target.startsAt },
        as(people.refunded),
      ),
    );
    await expectRefusedWithoutSideEffects(snapshot, () =>
      runAction(
        bookReviewCallDefinition,
        { submissionId: target.submissionId, mentorId: target.otherMentorId, startsAt: target.startsAt },
        as(people.member),
      ),
    );
  });
});
