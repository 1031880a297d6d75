// An exercise offered in JavaScript and in Python: the server checks an answer in the language the learner
// names, saves that language with the answer, and once the lesson is solved hands back the model solution
// in each language.
import { resolveSessionUser } from "@/lib/auth/session";
import { beforeAll, describe, expect, it } from "vitest";
import { submitExercise } from "@/lib/learning/exercise-submission";
import { getLessonStateResponse } from "@/lib/learning/lesson-state";
import { enrollInFreeCourse } from "@/lib/learning/mutations";
import { createUser } from "../../helpers/fixtures";
import { signedInClaims } from "../../helpers/sessions";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { createCourse } from "./fixtures";

let t: TestDatabase;

const javascript = {
  language: "javascript",
  functionName: "double",
  starter: "function double(n) { return n; }",
  solution: "function double(n) { return n * 2; }",
  tests: [
    { name: "doubles three", args: [3], expected: 6 },
    { name: "doubles zero", args: [0], expected: 0 },
  ],
  hints: [],
  wrongSolutions: [{ mistake: "adds two", solution: "function double(n) { return n + 2; }" }],
};
const python = {
  language: "python",
  functionName: "double",
  starter: "def double(n):\n    return n\n",
  solution: "def double(n):\n    return n * 2\n",
  tests:
    "def test_doubles_three():\n    assert double(3) == 6\n\ndef test_doubles_zero():\n    assert double(0) == 0\n",
  hints: [],
  wrongSolutions: [{ mistake: "adds two", solution: "def double(n):\n    return n + 2\n" }],
};

async function exerciseLesson(exercise: object) {
  const made = await createCourse(t.db, { lessons: [{ kind: "CODE_EXERCISE" }] });
  const lesson = await t.db.lesson.update({
    where: { id: made.lessons[0]!.id },
    data: { exercise: { type: "code", ...exercise } },
  });
  const learner = await createUser(t.db);
  await enrollInFreeCourse(learner.id, made.course.slug);
  return { course: made.course, lesson, learner };
}

const progressOf = (userId: string, lessonId: string) =>
  t.db.lessonProgress.findUniqueOrThrow({ where: { userId_lessonId: { userId, lessonId } } });

beforeAll(async () => {
  t = await useTestDatabase();
});

describe("an exercise in JavaScript and in Python", () => {
  it("is checked in the language the learner chose, which is saved with the answer", async () => {
    const { course, lesson, learner } = await exerciseLesson({ languages: [javascript, python] });

    // Python's solution checked as JavaScript (the first language, when none is named) does not run.
    const unnamed = await submitExercise(learner.id, lesson.id, python.solution);
    expect(unnamed.passed).toBe(false);
    expect((await progressOf(learner.id, lesson.id)).lastLanguage).toBe("javascript");

    const wrong = await submitExercise(learner.id, lesson.id, python.wrongSolutions[0]!.solution, "python");
    expect(wrong).toMatchObject({ passed: false, completion: null, solution: null });
    expect(wrong.failing).toEqual([
      "test_doubles_three: assert double(3) == 6  (got 5)",
      "test_doubles_zero: assert double(0) == 0  (got 2)",
    ]);
    let state = (await getLessonStateResponse(
      await resolveSessionUser(await signedInClaims(t.db, learner)),
      course.slug,
      lesson.slug,
    ))!.body;
    // Not solved yet: no solution in any language.
    expect(state.state?.lesson.exercise).toEqual({
      lastAnswer: python.wrongSolutions[0]!.solution,
      lastLanguage: "python",
      solution: null,
      solutionsByLanguage: {},
    });

    const right = await submitExercise(learner.id, lesson.id, python.solution, "python");
    expect(right).toMatchObject({ passed: true, solution: python.solution });
    expect(right.completion).not.toBeNull();
    state = (await getLessonStateResponse(
      await resolveSessionUser(await signedInClaims(t.db, learner)),
      course.slug,
      lesson.slug,
    ))!.body;
    expect(state.state?.lesson.completed).toBe(true);
    expect(state.state?.lesson.exercise).toEqual({
      lastAnswer: python.solution,
      lastLanguage: "python",
      solution: python.solution,
      solutionsByLanguage: { javascript: javascript.solution, python: python.solution },
    });
  }, 180_000);

  it("checks a JavaScript answer as JavaScript, and refuses a language the exercise does not offer", async () => {
    const both = await exerciseLesson({ languages: [python, javascript] });
    const js = await submitExercise(both.learner.id, both.lesson.id, javascript.solution, "javascript");
    expect(js).toMatchObject({ passed: true, solution: javascript.solution });
    expect((await progressOf(both.learner.id, both.lesson.id)).lastLanguage).toBe("javascript");

    const single = await exerciseLesson(javascript);
    await expect(submitExercise(single.learner.id, single.lesson.id, python.solution, "python")).rejects.toThrow(
      "This exercise is not offered in Python.",
    );
    // A single-language exercise records no language with its answer.
    await submitExercise(single.learner.id, single.lesson.id, javascript.solution);
    expect((await progressOf(single.learner.id, single.lesson.id)).lastLanguage).toBeNull();
  }, 120_000);
});
