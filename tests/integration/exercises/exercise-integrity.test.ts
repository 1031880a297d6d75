// Issue #9.4: no certificate without doing the course. An exercise is completed only by an answer the
// server checks itself; its solution never reaches a browser before it is solved; a failed quiz attempt
// does not reveal the answer key; quiz attempts are throttled. Each of these failed on the code before.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveSessionUser } from "@/lib/auth/session";
import { getCourseOrNull, getLessonOrNull } from "@/lib/catalog/queries";
import {
  checkExerciseAction,
  completeLessonAction,
  submitExerciseAction,
  submitQuizAction,
} from "@/lib/learning/actions";
import { getLessonContent } from "@/lib/learning/lesson-content";
import { getLessonStateResponse } from "@/lib/learning/lesson-state";
import { enrollInFreeCourse } from "@/lib/learning/mutations";
import { createUser } from "../../helpers/fixtures";
import { signedInClaims } from "@/tests/helpers/sessions";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createCourse, quizAnswers } from "../learning/fixtures";

let t: TestDatabase;

const SQL = {
  type: "sql",
  setup:
    "CREATE TABLE sales (region text, amount int); INSERT INTO sales VALUES ('north', 10), ('north', 5), ('south', 7);",
  starter: "SELECT * FROM sales;",
  solution:
    "SELECT region, sum(amount) AS total FROM sales GROUP BY region HAVING sum(amount) > 10 /* SOLUTION-MARKER */",
  orderMatters: false,
  hints: [],
  wrongSolutions: [
    {
      mistake: "WHERE instead of HAVING",
      solution: "SELECT region, sum(amount) AS total FROM sales WHERE amount > 10 GROUP BY region",
    },
  ],
};
const JS = {
  type: "code",
  language: "javascript",
  functionName: "double",
  starter: "function double(n) { return n; }",
  solution: "function double(n) { return n * 2; /* SOLUTION-MARKER */ }",
  tests: [
    { name: "doubles", args: [2], expected: 4 },
    { name: "zero", args: [0], expected: 0 },
  ],
  hiddenTests: [{ name: "HIDDEN-MARKER negative", args: [-31337], expected: -62674 }],
  hints: [],
  wrongSolutions: [{ mistake: "adds two", solution: "function double(n) { return n + 2; }" }],
};
const PY = {
  type: "code",
  language: "python",
  functionName: "double",
  starter: "def double(n):\n    return n\n",
  solution: "def double(n):\n    return n * 2  # SOLUTION-MARKER\n",
  tests: "def test_doubles():\n    assert double(2) == 4\n\ndef test_zero():\n    assert double(0) == 0\n",
  hiddenTests: "def test_hidden_marker():\n    assert double(-31337) == -62674\n",
  hints: [],
  wrongSolutions: [],
};

async function exerciseCourse(exercise: object, freePreview = false) {
  const made = await createCourse(t.db, {
    lessons: [{ kind: exercise === SQL ? "SQL_EXERCISE" : "CODE_EXERCISE" }, { kind: "ARTICLE" }],
  });
  await t.db.lesson.update({ where: { id: made.lessons[0]!.id }, data: { exercise, freePreview } });
  const learner = await createUser(t.db);
  await enrollInFreeCourse(learner.id, made.course.slug);
  return { ...made, learner, lesson: made.lessons[0]! };
}

/** A fresh sign-in's claims, with its session recorded. */
const session = async (user: { id: string; sessionVersion: number }) =>
  resolveSessionUser(await signedInClaims(t.db, user));

async function completedIds(userId: string) {
  return (
    await t.db.lessonProgress.findMany({ where: { userId, completedAt: { not: null } }, select: { lessonId: true } })
  ).map((p) => p.lessonId);
}

beforeAll(async () => {
  t = await useTestDatabase();
});

describe("exercise completion is checked by the server", () => {
  it("refuses method=exercise: a click cannot complete an exercise", async () => {
    const { learner, lesson } = await exerciseCourse(SQL);
    const result = await runAction(
      completeLessonAction.definition,
      { lessonId: lesson.id, method: "exercise" },
      scopeFor(claimsOf(learner)),
    );
    expect(result.ok).toBe(false);
    expect(await completedIds(learner.id)).toEqual([]);
  });

  it("SQL: a wrong query is refused and saved as the last answer; the solution's result completes the lesson", async () => {
    const { learner, lesson } = await exerciseCourse(SQL);
    const scope = scopeFor(claimsOf(learner));
    const wrong = await runAction(
      submitExerciseAction.definition,
      { lessonId: lesson.id, answer: SQL.wrongSolutions[0]!.solution },
      scope,
    );
    expect(wrong).toMatchObject({ ok: true, data: { passed: false, completion: null, solution: null } });
    expect(await completedIds(learner.id)).toEqual([]);
    const broken = await runAction(submitExerciseAction.definition, { lessonId: lesson.id, answer: "SELEC 1" }, scope);
    expect(broken).toMatchObject({ ok: true, data: { passed: false } });
    expect(broken.ok && broken.data.feedback).toMatch(/syntax error/);
    const answer = "SELECT region, SUM(amount) AS total FROM sales GROUP BY 1 HAVING SUM(amount) >= 11";
    const right = await runAction(submitExerciseAction.definition, { lessonId: lesson.id, answer }, scope);
    expect(right).toMatchObject({ ok: true, data: { passed: true, completion: { completed: true } } });
    expect(right.ok && right.data.solution).toContain("SOLUTION-MARKER");
    expect(await completedIds(learner.id)).toEqual([lesson.id]);
    expect(
      (await t.db.lessonProgress.findFirstOrThrow({ where: { userId: learner.id, lessonId: lesson.id } })).lastAnswer,
    ).toBe(answer);
  }, 60_000);

  it("SQL: a COMMIT inside the answer cannot change what the next statement sees", async () => {
    const { learner, lesson } = await exerciseCourse(SQL);
    const scope = scopeFor(claimsOf(learner));
    const sneaky = await runAction(
      submitExerciseAction.definition,
      { lessonId: lesson.id, answer: "COMMIT; DELETE FROM sales; SELECT 'x' AS region, 1 AS total" },
      scope,
    );
    expect(sneaky).toMatchObject({ ok: true, data: { passed: false } });
  }, 60_000);

  it("JavaScript: the tests run on the server; a wrong function is refused, a right one completes", async () => {
    const { learner, lesson } = await exerciseCourse(JS);
    const scope = scopeFor(claimsOf(learner));
    const wrong = await runAction(
      submitExerciseAction.definition,
      { lessonId: lesson.id, answer: JS.wrongSolutions[0]!.solution },
      scope,
    );
    expect(wrong).toMatchObject({ ok: true, data: { passed: false } });
    // A hidden test is named, never shown: its inputs and expected value stay on the server.
    expect(wrong.ok && wrong.data.failing).toEqual([
      "zero: expected 0, got 2",
      "hidden test “HIDDEN-MARKER negative” fails (its inputs and expected value are not shown)",
    ]);
    const escape = await runAction(
      submitExerciseAction.definition,
      {
        lessonId: lesson.id,
        answer: "function double(n) { return this.constructor.constructor('return process')().exit(0); }",
      },
      scope,
    );
    expect(escape).toMatchObject({ ok: true, data: { passed: false } });
    const endless = await runAction(
      submitExerciseAction.definition,
      { lessonId: lesson.id, answer: "function double(n) { while (true) {} }" },
      scope,
    );
    expect(endless.ok).toBe(false);
    expect(await completedIds(learner.id)).toEqual([]);
    const right = await runAction(
      submitExerciseAction.definition,
      { lessonId: lesson.id, answer: "const double = (n) => 2 * n;" },
      scope,
    );
    expect(right).toMatchObject({ ok: true, data: { passed: true, completion: { completed: true } } });
    expect(await completedIds(learner.id)).toEqual([lesson.id]);
  }, 60_000);

  it("Python: the tests run in the server's Pyodide sandbox", async () => {
    const { learner, lesson } = await exerciseCourse(PY);
    const scope = scopeFor(claimsOf(learner));
    const wrong = await runAction(submitExerciseAction.definition, { lessonId: lesson.id, answer: PY.starter }, scope);
    expect(wrong).toMatchObject({
      ok: true,
      data: {
        passed: false,
        failing: [
          "test_doubles: assert double(2) == 4  (got 2)",
          "hidden test test_hidden_marker fails (its inputs and expected values are not shown)",
        ],
      },
    });
    const right = await runAction(
      submitExerciseAction.definition,
      { lessonId: lesson.id, answer: "def double(n):\n    return n + n\n" },
      scope,
    );
    expect(right).toMatchObject({ ok: true, data: { passed: true, completion: { completed: true } } });
  }, 120_000);

  it("refuses a learner who is not enrolled, and checks a visitor's answer only on a free preview", async () => {
    const { lesson } = await exerciseCourse(JS);
    const stranger = await createUser(t.db);
    const refused = await runAction(
      submitExerciseAction.definition,
      { lessonId: lesson.id, answer: "const double = (n) => 2 * n;" },
      scopeFor(claimsOf(stranger)),
    );
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/Enrol/) });
    const anonymous = await runAction(
      checkExerciseAction.definition,
      { lessonId: lesson.id, answer: "const double = (n) => 2 * n;" },
      scopeFor(null),
    );
    expect(anonymous).toMatchObject({ ok: false });
    const preview = await exerciseCourse(JS, true);
    const practised = await runAction(
      checkExerciseAction.definition,
      { lessonId: preview.lesson.id, answer: "const double = (n) => 2 * n;" },
      scopeFor(null),
    );
    expect(practised).toMatchObject({ ok: true, data: { passed: true, completion: null } });
    expect(await t.db.lessonProgress.count({ where: { lessonId: preview.lesson.id } })).toBe(0);
  }, 60_000);
});

describe("no solution reaches the browser before it is solved", () => {
  for (const [name, exercise] of [
    ["SQL", SQL],
    ["JavaScript", JS],
    ["Python", PY],
  ] as const) {
    it(`${name}: neither the cached page's content nor lesson-state carries the solution, the wrong answers or the hidden tests`, async () => {
      const preview = await exerciseCourse(exercise, true);
      const detail = await getLessonOrNull((await getCourseOrNull(preview.course.slug))!.id, preview.lesson.slug);
      const pageContent = JSON.stringify(await getLessonContent(detail!));
      expect(pageContent).toContain(exercise.starter.slice(0, 10));
      expect(pageContent).not.toContain("SOLUTION-MARKER");
      expect(pageContent).not.toContain("wrongSolutions");
      for (const hidden of ["hiddenTests", "31337", "62674", "HIDDEN-MARKER", "hidden_marker"])
        expect(pageContent).not.toContain(hidden);
      const { course, learner, lesson } = await exerciseCourse(exercise);
      const state = JSON.stringify(
        (await getLessonStateResponse(await session(learner), course.slug, lesson.slug))?.body,
      );
      expect(state).toContain(exercise.starter.slice(0, 10));
      expect(state).not.toContain("SOLUTION-MARKER");
      for (const hidden of ["hiddenTests", "31337", "62674", "HIDDEN-MARKER", "hidden_marker"])
        expect(state).not.toContain(hidden);
    });
  }

  it("after the server accepts an answer, lesson-state returns the last answer and the model solution", async () => {
    const { course, learner, lesson } = await exerciseCourse(JS);
    await runAction(
      submitExerciseAction.definition,
      { lessonId: lesson.id, answer: "const double = (n) => n << 1;" },
      scopeFor(claimsOf(learner)),
    );
    const state = (await getLessonStateResponse(await session(learner), course.slug, lesson.slug))?.body.state;
    expect(state?.lesson.exercise).toEqual({
      lastAnswer: "const double = (n) => n << 1;",
      // A single-language exercise records no language with the answer.
      lastLanguage: null,
      solution: JS.solution,
      solutionsByLanguage: { javascript: JS.solution },
    });
  }, 60_000);
});

describe("quizzes", () => {
  it("a failed attempt returns no answer key; the third failed attempt or a pass does", async () => {
    const { course, lessons } = await createCourse(t.db, { lessons: [{ kind: "QUIZ" }, { kind: "ARTICLE" }] });
    const learner = await createUser(t.db);
    await enrollInFreeCourse(learner.id, course.slug);
    const scope = scopeFor(claimsOf(learner));
    const wrong = JSON.stringify(await quizAnswers(t.db, lessons[0]!.id, "wrong"));
    const first = await runAction(submitQuizAction.definition, { lessonId: lessons[0]!.id, answers: wrong }, scope);
    expect(first).toMatchObject({ ok: true, data: { passed: false, questions: [] } });
    expect(JSON.stringify(first)).not.toContain("Because it is right.");
    await runAction(submitQuizAction.definition, { lessonId: lessons[0]!.id, answers: wrong }, scope);
    const third = await runAction(submitQuizAction.definition, { lessonId: lessons[0]!.id, answers: wrong }, scope);
    expect(third.ok && third.data.questions[0]).toMatchObject({ correct: false, explanation: "Because it is right." });
  });

  it("throttles attempts per learner and quiz", async () => {
    const { course, lessons } = await createCourse(t.db, { lessons: [{ kind: "QUIZ" }, { kind: "ARTICLE" }] });
    const learner = await createUser(t.db);
    await enrollInFreeCourse(learner.id, course.slug);
    const scope = scopeFor(claimsOf(learner));
    const wrong = JSON.stringify(await quizAnswers(t.db, lessons[0]!.id, "wrong"));
    const results = [];
    for (let i = 0; i < 8; i++)
      results.push(await runAction(submitQuizAction.definition, { lessonId: lessons[0]!.id, answers: wrong }, scope));
    expect(results.filter((r) => r.ok)).toHaveLength(6);
    expect(results.at(-1)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(await t.db.quizAttempt.count({ where: { userId: learner.id } })).toBe(6);
  });

  it("gives each learner and attempt its own stable choice order in lesson-state", async () => {
    const { course, lessons } = await createCourse(t.db, { lessons: [{ kind: "QUIZ" }, { kind: "ARTICLE" }] });
    const question = await t.db.quizQuestion.findFirstOrThrow({ where: { lessonId: lessons[0]!.id } });
    await t.db.quizChoice.createMany({
      data: ["c", "d", "e", "f"].map((text, i) => ({ questionId: question.id, text, correct: false, position: i + 3 })),
    });
    const learner = await createUser(t.db);
    await enrollInFreeCourse(learner.id, course.slug);
    const orderOf = async () =>
      (await getLessonStateResponse(await session(learner), course.slug, lessons[0]!.slug))?.body.state?.lesson
        .quizOrder;
    const first = await orderOf();
    expect(first).not.toBeNull();
    expect(await orderOf()).toEqual(first);
    const ids = Object.values(first!)[0]!;
    expect([...ids].sort()).toEqual(
      (await t.db.quizChoice.findMany({ where: { question: { lessonId: lessons[0]!.id } }, select: { id: true } }))
        .map((c) => c.id)
        .sort(),
    );
  });
});
