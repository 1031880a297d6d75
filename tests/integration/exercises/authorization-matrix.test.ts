// Every learning action (lib/learning/actions.ts), called as anonymous, with a revoked session and as a
// learner who is not enrolled: each is refused without writes, except the two meant for anyone
// (checkExerciseAction checks free-preview answers and saves nothing). The course is paid, so enrolling in it
// for free is refused too.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import * as learningActions from "@/lib/learning/actions";
import { createUser } from "../../helpers/fixtures";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createCourse, quizAnswers } from "../learning/fixtures";
import { expectEveryActionCovered } from "../auth/matrix";

type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
type Target = {
  courseSlug: string;
  articleId: string;
  quizId: string;
  exerciseId: string;
  answers: string;
  cohortId: string;
};
type Case = {
  name: string;
  definition: AnyDefinition;
  input: (target: Target) => Record<string, string>;
  public?: true;
  quietNoop?: true;
};

const ANSWER = "const double = (n) => 2 * n;";
const def = (action: { definition: unknown }) => action.definition as AnyDefinition;

const CASES: Case[] = [
  { name: "enrollAction", definition: def(learningActions.enrollAction), input: (t) => ({ courseSlug: t.courseSlug }) },
  {
    name: "joinWaitlistAction",
    definition: def(learningActions.joinWaitlistAction),
    input: (t) => ({ courseSlug: t.courseSlug, cohortId: t.cohortId }),
  },
  {
    name: "completeLessonAction",
    definition: def(learningActions.completeLessonAction),
    input: (t) => ({ lessonId: t.articleId, method: "read" }),
  },
  {
    name: "submitQuizAction",
    definition: def(learningActions.submitQuizAction),
    input: (t) => ({ lessonId: t.quizId, answers: t.answers }),
  },
  {
    name: "recordLessonViewAction",
    definition: def(learningActions.recordLessonViewAction),
    input: (t) => ({ lessonId: t.articleId }),
    quietNoop: true,
  },
  {
    name: "saveVideoPositionAction",
    definition: def(learningActions.saveVideoPositionAction),
    input: (t) => ({ lessonId: t.articleId, seconds: "30" }),
  },
  {
    name: "submitExerciseAction",
    definition: def(learningActions.submitExerciseAction),
    input: (t) => ({ lessonId: t.exerciseId, answer: ANSWER }),
  },
  {
    name: "saveServiceFileAction",
    definition: def(learningActions.saveServiceFileAction),
    input: (t) => ({ lessonId: t.exerciseId, path: "routes.js", source: ANSWER }),
  },
  {
    name: "checkExerciseAction",
    definition: def(learningActions.checkExerciseAction),
    input: (t) => ({ lessonId: t.exerciseId, answer: ANSWER }),
    public: true,
  },
];

let t: TestDatabase;
let target: Target;
let enrolledLearner: { id: string; sessionVersion: number };

async function snapshot() {
  const [progress, attempts, certificates, enrollments, waitlist, serviceFiles] = await Promise.all([
    t.db.lessonProgress.findMany({ orderBy: { id: "asc" } }),
    t.db.quizAttempt.count(),
    t.db.certificate.count(),
    t.db.enrollment.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, userId: true } }),
    t.db.waitlistEntry.count(),
    t.db.serviceFileDraft.count(),
  ]);
  return { progress, attempts, certificates, enrollments, waitlist, serviceFiles };
}

beforeAll(async () => {
  t = await useTestDatabase();
  // A paid course, so that nobody can enrol in it for free; the enrolled learner was given a seat.
  const { course, lessons } = await createCourse(t.db, {
    priceCents: 4900,
    lessons: [{ kind: "ARTICLE" }, { kind: "QUIZ" }, { kind: "CODE_EXERCISE" }],
  });
  await t.db.lesson.update({
    where: { id: lessons[2]!.id },
    data: {
      exercise: {
        type: "code",
        language: "javascript",
        functionName: "double",
        starter: "function double(n) { return n; }",
        solution: "function double(n) { return n * 2; }",
        tests: [{ name: "doubles", args: [2], expected: 4 }],
        hints: [],
        wrongSolutions: [],
      },
    },
  });
  const cohort = await t.db.cohort.create({
    data: {
      courseId: course.id,
      title: "Past",
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 2 * 86_400_000),
      seats: 1,
      timeZone: "UTC",
    },
  });
  target = {
    courseSlug: course.slug,
    articleId: lessons[0]!.id,
    quizId: lessons[1]!.id,
    exerciseId: lessons[2]!.id,
    answers: JSON.stringify(await quizAnswers(t.db, lessons[1]!.id, "right")),
    cohortId: cohort.id,
  };
  enrolledLearner = await createUser(t.db);
  await t.db.enrollment.create({ data: { userId: enrolledLearner.id, courseId: course.id, source: "FREE" } });
});

describe("learning authorization matrix", () => {
  it("covers every exported learning action", () => {
    expectEveryActionCovered(learningActions, CASES);
  });

  for (const testCase of CASES) {
    describe(testCase.name, () => {
      it(
        testCase.public
          ? "lets an anonymous caller through only where it writes nothing"
          : "refuses an anonymous caller without side effects",
        async () => {
          const before = await snapshot();
          const result = await runAction(testCase.definition, testCase.input(target), scopeFor(null));
          if (testCase.public) expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Enrol/) });
          else expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
          expect(await snapshot()).toEqual(before);
        },
      );

      it("refuses a session revoked by a newer session version", async () => {
        if (testCase.public) return expect(testCase.definition.auth).toBe("public");
        const before = await snapshot();
        const stale = { sub: enrolledLearner.id, sv: enrolledLearner.sessionVersion - 1 };
        const result = await runAction(testCase.definition, testCase.input(target), scopeFor(stale));
        expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
        expect(await snapshot()).toEqual(before);
      });

      it("refuses a signed-in learner who is not enrolled, without side effects", async () => {
        const stranger = await createUser(t.db);
        const before = await snapshot();
        const result = await runAction(testCase.definition, testCase.input(target), scopeFor(claimsOf(stranger)));
        // Recording a view is a silent no-op for someone not enrolled (it is sent on every page view).
        expect(result.ok).toBe(Boolean(testCase.quietNoop));
        expect(await snapshot()).toEqual(before);
      }, 30_000);
    });
  }
});
