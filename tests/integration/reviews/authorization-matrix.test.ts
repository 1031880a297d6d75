// Every review action and endpoint, called anonymously, with a revoked session and as the wrong role: each is
// refused with no write. It fails when an exported action is missing from the list.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import * as reviewActions from "@/lib/reviews/actions";
import { myReviewDefinition } from "@/lib/reviews/definitions";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createCourse } from "../learning/fixtures";
import { expectEveryActionCovered } from "../auth/matrix";

type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
type Case = {
  name: string;
  definition: AnyDefinition;
  input: () => Record<string, string>;
  refusedRoles: ("LEARNER" | "INSTRUCTOR")[];
};

let t: TestDatabase;
let courseSlug = "";
let reviewId = "";

const CASES: Case[] = [
  {
    name: "saveReviewAction",
    definition: reviewActions.saveReviewAction.definition as AnyDefinition,
    input: () => ({ courseSlug, rating: "1", body: "Hijacked" }),
    refusedRoles: [],
  },
  {
    name: "replyToReviewAction",
    definition: reviewActions.replyToReviewAction.definition as AnyDefinition,
    input: () => ({ reviewId, reply: "Hijacked" }),
    refusedRoles: ["LEARNER"],
  },
  {
    name: "setReviewHiddenAction",
    definition: reviewActions.setReviewHiddenAction.definition as AnyDefinition,
    input: () => ({ reviewId, hidden: "true" }),
    refusedRoles: ["LEARNER", "INSTRUCTOR"],
  },
  {
    name: "GET /api/reviews/mine",
    definition: myReviewDefinition as unknown as AnyDefinition,
    input: () => ({ course: courseSlug }),
    refusedRoles: [],
  },
];

const snapshot = async () => ({
  reviews: await t.db.review.findMany({ orderBy: { id: "asc" } }),
  audit: await t.db.auditLog.count(),
});

beforeAll(async () => {
  t = await useTestDatabase();
  const made = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }] });
  courseSlug = made.course.slug;
  const author = await t.db.user.create({
    data: { email: "author@example.test", name: "Author", emailVerified: new Date() },
  });
  reviewId = (
    await t.db.review.create({ data: { courseId: made.course.id, userId: author.id, rating: 5, body: "Great" } })
  ).id;
}, 120_000);

describe("reviews authorization matrix", () => {
  it("covers every exported review action", () => {
    expectEveryActionCovered(reviewActions, CASES);
  });

  for (const testCase of CASES) {
    it(`${testCase.name}: refuses anonymous and revoked callers and the wrong roles, writing nothing`, async () => {
      const before = await snapshot();
      expect(await runAction(testCase.definition, testCase.input(), scopeFor(null))).toMatchObject({
        ok: false,
        code: "UNAUTHENTICATED",
      });
      const admin = await t.db.user.create({
        data: {
          email: `admin-${testCase.name.length}-${Date.now()}@example.test`,
          role: "ADMIN",
          emailVerified: new Date(),
        },
      });
      expect(
        await runAction(
          testCase.definition,
          testCase.input(),
          scopeFor({ sub: admin.id, sv: admin.sessionVersion - 1 }),
        ),
      ).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
      for (const role of testCase.refusedRoles) {
        const user = await t.db.user.create({
          data: {
            email: `${role}-${testCase.name.length}-${Date.now()}@example.test`,
            role,
            emailVerified: new Date(),
          },
        });
        expect(await runAction(testCase.definition, testCase.input(), scopeFor(claimsOf(user)))).toMatchObject({
          ok: false,
          code: "FORBIDDEN",
        });
      }
      // An instructor who does not teach the course cannot answer its reviews.
      if (testCase.name === "replyToReviewAction") {
        const otherTeacher = await t.db.user.create({
          data: { email: `teacher-${Date.now()}@example.test`, role: "INSTRUCTOR", emailVerified: new Date() },
        });
        expect(await runAction(testCase.definition, testCase.input(), scopeFor(claimsOf(otherTeacher)))).toMatchObject({
          ok: false,
          error: "Only the course's instructor can answer this review.",
        });
      }
      // A learner without an enrolment cannot write a review for the course either.
      if (testCase.name === "saveReviewAction") {
        const stranger = await t.db.user.create({
          data: { email: `stranger-${Date.now()}@example.test`, emailVerified: new Date() },
        });
        expect((await runAction(testCase.definition, testCase.input(), scopeFor(claimsOf(stranger)))).ok).toBe(false);
      }
      expect(await snapshot()).toEqual(before);
    });
  }
});
