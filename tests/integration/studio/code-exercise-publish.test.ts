// Publishing runs each changed code exercise in the learners' exercise sandbox: the solution must pass its
// tests, the starter and every known-wrong solution must not. JavaScript and Python.
import { beforeAll, describe, expect, it } from "vitest";
import type { LessonContent } from "@/lib/studio/lesson-content";
import { saveDraft } from "@/lib/studio/draft-service";
import { createLesson } from "@/lib/studio/outline-service";
import { publishCourse } from "@/lib/studio/publish-service";
import { getLessonForEditing } from "@/lib/studio/queries";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { makeCourse, makeUser } from "./fixtures";

let t: TestDatabase;
let owner: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  t = await useTestDatabase();
  owner = await makeUser(t.db);
});

async function write(lessonId: string, change: Partial<LessonContent>) {
  const editing = await getLessonForEditing(owner, lessonId);
  await saveDraft(owner, { lessonId, ...editing.token, content: { ...editing.content, body: "Text.", ...change } });
}

/** A course whose only problem can be its code exercise. */
async function courseWithExercise(exercise: Record<string, unknown>) {
  const { courseId, moduleId, lessonId } = await makeCourse(t.db, owner);
  await write(lessonId, {});
  const code = await createLesson(owner, { moduleId, title: "Double it", kind: "code" });
  const editing = await getLessonForEditing(owner, code.id);
  await write(code.id, { exercise: { ...editing.content.exercise, ...exercise } as LessonContent["exercise"] });
  return { courseId, lessonId: code.id };
}

const messages = (result: Awaited<ReturnType<typeof publishCourse>>) =>
  result.ok ? [] : result.issues.map((issue) => issue.message);

describe("publishing a JavaScript exercise", () => {
  it("publishes when the solution passes and the starter does not", async () => {
    const { courseId, lessonId } = await courseWithExercise({});
    expect(await publishCourse(owner, { courseId })).toMatchObject({ ok: true });
    expect((await t.db.lesson.findUniqueOrThrow({ where: { id: lessonId } })).published).toBe(true);
  });

  it("refuses a solution that fails its tests, naming the failing test, and publishes nothing", async () => {
    const { courseId, lessonId } = await courseWithExercise({ solution: "function solve(n) {\n  return n + 1;\n}" });
    const result = await publishCourse(owner, { courseId });
    expect(messages(result)).toEqual([
      // The author sees what the hidden tests expected too (a learner never does).
      "The code exercise “Double it” cannot be published: the solution fails its own tests: doubles 2: expected 4, got 3; hidden test “doubles zero”: expected 0, got 1; hidden test “doubles a negative”: expected -14, got -6",
    ]);
    expect(result.ok || result.issues[0]!.href).toBe(`/studio/courses/${courseId}/lessons/${lessonId}`);
    expect((await t.db.course.findUniqueOrThrow({ where: { id: courseId } })).status).toBe("DRAFT");
  });

  it("refuses a starter that already passes, and a known-wrong solution that passes", async () => {
    const starter = await courseWithExercise({ starter: "function solve(n) {\n  return 2 * n;\n}" });
    expect(messages(await publishCourse(owner, { courseId: starter.courseId }))).toEqual([
      "The code exercise “Double it” cannot be published: the starter code already passes every test, so there is nothing to solve.",
    ]);
    const wrong = await courseWithExercise({
      wrongSolutions: [{ mistake: "adds instead of doubling", solution: "function solve(n) {\n  return n + n;\n}" }],
    });
    expect(messages(await publishCourse(owner, { courseId: wrong.courseId }))).toEqual([
      "The code exercise “Double it” cannot be published: the known-wrong solution “adds instead of doubling” passes every test; add a test it fails.",
    ]);
  });
});

describe("publishing a Python exercise", () => {
  const python = {
    language: "python",
    functionName: "double",
    starter: "def double(n):\n    pass\n",
    solution: "def double(n):\n    return n * 2\n",
    tests: "def test_two():\n    assert double(2) == 4\n\ndef test_zero():\n    assert double(0) == 0\n",
    hiddenTests: "def test_negative():\n    assert double(-3) == -6\n",
    hints: [],
    wrongSolutions: [],
  };

  it("runs the solution and the starter in Pyodide: a right one publishes, a wrong one is refused", async () => {
    const good = await courseWithExercise(python);
    expect(await publishCourse(owner, { courseId: good.courseId })).toMatchObject({ ok: true });
    const bad = await courseWithExercise({ ...python, solution: "def double(n):\n    return n + 1\n" });
    expect(messages(await publishCourse(owner, { courseId: bad.courseId }))).toEqual([
      "The code exercise “Double it” cannot be published: the solution fails its own tests: test_two: assert double(2) == 4  (got 3); test_zero: assert double(0) == 0  (got 1); test_negative: assert double(-3) == -6  (got -2)",
    ]);
  }, 240_000);
});
