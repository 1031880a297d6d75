// Moving lessons between modules: same course only, the staff only, and positions stay 1..n in every module
// when several moves run at once (run with TEST_DATABASE_URL to race on PostgreSQL; PGlite serialises).
import { beforeAll, describe, expect, it } from "vitest";
import { createLesson, createModule, insertAt, moveLesson } from "@/lib/studio/outline-service";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { makeCourse, makeUser } from "./fixtures";

let t: TestDatabase;
let owner: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  t = await useTestDatabase();
  owner = await makeUser(t.db);
});

async function positions(moduleId: string) {
  const rows = await t.db.lesson.findMany({
    where: { moduleId },
    orderBy: { position: "asc" },
    select: { id: true, position: true },
  });
  return rows;
}

describe("moving lessons between modules", () => {
  it("puts the lesson at the chosen place and renumbers both modules", async () => {
    const { courseId, moduleId: first, lessonId } = await makeCourse(t.db, owner);
    const second = (await createModule(owner, { courseId, title: "Second steps" })).id;
    const a = (await createLesson(owner, { moduleId: second, title: "Alpha", kind: "article" })).id;
    const b = (await createLesson(owner, { moduleId: second, title: "Beta", kind: "quiz" })).id;
    expect(await moveLesson(owner, { lessonId, moduleId: second, position: 2 })).toEqual({
      moduleId: second,
      position: 2,
    });
    expect(await positions(second)).toEqual([
      { id: a, position: 1 },
      { id: lessonId, position: 2 },
      { id: b, position: 3 },
    ]);
    expect(await positions(first)).toEqual([]);
    expect(await moveLesson(owner, { lessonId: a, moduleId: second, position: 99 })).toEqual({
      moduleId: second,
      position: 3,
    });
  });

  it("refuses a module of another course, and another instructor", async () => {
    const mine = await makeCourse(t.db, owner);
    const theirs = await makeCourse(t.db, await makeUser(t.db));
    await expect(
      moveLesson(owner, { lessonId: mine.lessonId, moduleId: theirs.moduleId, position: 1 }),
    ).rejects.toThrow();
    const stranger = await makeUser(t.db);
    await expect(
      moveLesson(stranger, { lessonId: mine.lessonId, moduleId: mine.moduleId, position: 1 }),
    ).rejects.toThrow(/cannot edit it/);
    expect(await positions(mine.moduleId)).toEqual([{ id: mine.lessonId, position: 1 }]);
  });

  it("keeps positions 1..n in each module under concurrent moves", async () => {
    const { courseId, moduleId: first } = await makeCourse(t.db, owner);
    const second = (await createModule(owner, { courseId, title: "Other" })).id;
    for (const title of ["One", "Two", "Three", "Four"])
      await createLesson(owner, { moduleId: first, title, kind: "article" });
    const lessons = (await positions(first)).map((l) => l.id);
    await Promise.all(
      lessons.map((lessonId, i) => moveLesson(owner, { lessonId, moduleId: i % 2 ? second : first, position: 1 })),
    );
    const [left, right] = [await positions(first), await positions(second)];
    expect(left.length + right.length).toBe(lessons.length);
    expect(left.map((l) => l.position)).toEqual(left.map((_, i) => i + 1));
    expect(right.map((l) => l.position)).toEqual(right.map((_, i) => i + 1));
  });

  it("inserts at a clamped 1-based place", () => {
    expect(insertAt(["a", "b"], "x", 1)).toEqual(["x", "a", "b"]);
    expect(insertAt(["a", "b"], "x", 2)).toEqual(["a", "x", "b"]);
    expect(insertAt(["a", "b"], "x", 9)).toEqual(["a", "b", "x"]);
  });
});
