// A learner's small-service files saved on the server as they type (saveServiceFileAction): the enrolled
// learner's editable files are kept (the last save wins), returned in their lesson state on any device, and
// never another learner's; a given file, an unknown path, a lesson without project files, a file past the size
// limit and a learner who is not enrolled are refused with a sentence and nothing written.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveSessionUser } from "@/lib/auth/session";
import { saveServiceFileAction } from "@/lib/learning/actions";
import { getLessonStateResponse } from "@/lib/learning/lesson-state";
import { signedInClaims } from "@/tests/helpers/sessions";
import { createUser } from "../../helpers/fixtures";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createCourse } from "../learning/fixtures";

const PROJECT = {
  type: "code",
  task: "service",
  language: "javascript",
  entry: "routes.js",
  files: [
    { path: "routes.js", editable: true, starter: "exports.handle = () => ({ status: 404 });" },
    { path: "store.js", editable: false, starter: "exports.rows = [];" },
  ],
  tests: [{ name: "a request", request: { method: "GET", path: "/", headers: {} }, expect: { status: 200 } }],
  hiddenTests: [],
  hints: [],
  wrongSolutions: [],
};

let t: TestDatabase;
let course: { slug: string };
let lessons: { id: string; slug: string }[];
let learner: { id: string; sessionVersion: number };

const definition = saveServiceFileAction.definition;
const save = (user: { id: string; sessionVersion: number }, input: Record<string, string>) =>
  runAction(definition, input, scopeFor(claimsOf(user)));
const rows = () => t.db.serviceFileDraft.findMany({ orderBy: [{ userId: "asc" }, { path: "asc" }] });
const stateOf = async (user: { id: string; sessionVersion: number }, lessonSlug: string) => {
  const viewer = await resolveSessionUser(await signedInClaims(t.db, user));
  return (await getLessonStateResponse(viewer, course.slug, lessonSlug))?.body.state?.lesson.exercise;
};

beforeAll(async () => {
  t = await useTestDatabase();
  const made = await createCourse(t.db, { lessons: [{ kind: "CODE_EXERCISE" }, { kind: "CODE_EXERCISE" }] });
  course = made.course;
  lessons = made.lessons;
  await t.db.lesson.update({ where: { id: lessons[0]!.id }, data: { exercise: PROJECT } });
  await t.db.lesson.update({
    where: { id: lessons[1]!.id },
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
  learner = await createUser(t.db);
  await t.db.enrollment.create({ data: { userId: learner.id, courseId: made.course.id, source: "FREE" } });
});

describe("small-service files saved on the server", () => {
  it("keeps the last save of each editable file and gives it back in the lesson state, to this learner only", async () => {
    const lessonId = lessons[0]!.id;
    expect(await save(learner, { lessonId, path: "routes.js", source: "// first" })).toMatchObject({ ok: true });
    const second = await save(learner, { lessonId, path: "routes.js", source: "// second" });
    expect(second).toMatchObject({ ok: true, data: { savedAt: expect.any(String) } });
    expect((await rows()).map((r) => [r.userId, r.path, r.source])).toEqual([[learner.id, "routes.js", "// second"]]);

    // Another device: the state the page loads carries the saved file.
    const exercise = await stateOf(learner, lessons[0]!.slug);
    expect(exercise?.serviceFiles).toEqual({ "routes.js": { source: "// second", savedAt: expect.any(String) } });

    const other = await createUser(t.db);
    await t.db.enrollment.create({
      data: {
        userId: other.id,
        courseId: (await t.db.lesson.findUniqueOrThrow({ where: { id: lessonId } })).courseId,
        source: "FREE",
      },
    });
    expect((await stateOf(other, lessons[0]!.slug))?.serviceFiles).toEqual({});
    // A function exercise carries no project files.
    expect(await stateOf(learner, lessons[1]!.slug)).not.toHaveProperty("serviceFiles");
  });

  it("saves of one file at once (two tabs) all succeed and leave one row, holding one of them", async () => {
    const lessonId = lessons[0]!.id;
    const sources = Array.from({ length: 10 }, (_, i) => `// tab ${i}`);
    const results = await Promise.all(sources.map((source) => save(learner, { lessonId, path: "routes.js", source })));
    expect(results.every((r) => r.ok)).toBe(true);
    const mine = (await rows()).filter((r) => r.userId === learner.id);
    expect(mine).toHaveLength(1);
    expect(sources).toContain(mine[0]!.source);
  });

  it("refuses a given file, an unknown path, a lesson without project files, a file too long and a stranger, writing nothing", async () => {
    const lessonId = lessons[0]!.id;
    const before = await rows();
    const refusals: [Record<string, string>, RegExp][] = [
      [
        { lessonId, path: "store.js", source: "exports.rows = ['hacked'];" },
        /given with the project and cannot be changed/,
      ],
      [{ lessonId, path: "../secrets.js", source: "x" }, /no file named \.\.\/secrets\.js/],
      [{ lessonId: lessons[1]!.id, path: "routes.js", source: "x" }, /no project files/],
      [{ lessonId: "no-such-lesson", path: "routes.js", source: "x" }, /not available/],
    ];
    for (const [input, message] of refusals)
      expect(await save(learner, input)).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    expect(await save(learner, { lessonId, path: "routes.js", source: "x".repeat(20_001) })).toMatchObject({
      ok: false,
      fieldErrors: { source: [expect.stringMatching(/too long to save/)] },
    });
    const stranger = await createUser(t.db);
    expect(await save(stranger, { lessonId, path: "routes.js", source: "x" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Enrol/),
    });
    expect(await runAction(definition, { lessonId, path: "routes.js", source: "x" }, scopeFor(null))).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await rows()).toEqual(before);
  });
});
