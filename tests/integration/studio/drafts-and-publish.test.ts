// Drafts, versions, concurrency and publishing against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { PageCache, registerPageCache } from "@/lib/http/page-cache";
import { restoreVersion, saveDraft } from "@/lib/studio/draft-service";
import { EDITED_ELSEWHERE } from "@/lib/studio/errors";
import { createLesson, reorderLessons } from "@/lib/studio/outline-service";
import { publishCourse } from "@/lib/studio/publish-service";
import { getLessonForEditing, listLessonVersions } from "@/lib/studio/queries";
import { makeCourse, makeUser } from "./fixtures";

let t: TestDatabase;
let owner: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  t = await useTestDatabase();
  owner = await makeUser(t.db);
});

async function edit(lessonId: string, body: string) {
  const editing = await getLessonForEditing(owner, lessonId);
  return saveDraft(owner, { lessonId, ...editing.token, content: { ...editing.content, body } });
}

const page = (body: string) => ({
  status: 200,
  rawHeaders: [],
  body: Buffer.from(body),
  storedAt: Date.now(),
  freshUntil: Date.now() + 60_000,
});

describe("lesson drafts", () => {
  it("refuses a save made from an older revision: edited elsewhere, nothing overwritten", async () => {
    const { lessonId } = await makeCourse(t.db, owner);
    const opened = await getLessonForEditing(owner, lessonId);
    await saveDraft(owner, { lessonId, ...opened.token, content: { ...opened.content, body: "Tab one wrote this." } });
    await expect(
      saveDraft(owner, { lessonId, ...opened.token, content: { ...opened.content, body: "Tab two, stale." } }),
    ).rejects.toThrow(EDITED_ELSEWHERE);
    expect((await getLessonForEditing(owner, lessonId)).content.body).toBe("Tab one wrote this.");
  });

  it("refuses two first drafts racing over a published lesson", async () => {
    const { courseId, lessonId } = await makeCourse(t.db, owner);
    await edit(lessonId, "Published text.");
    expect((await publishCourse(owner, { courseId })).ok).toBe(true);
    const opened = await getLessonForEditing(owner, lessonId);
    expect(opened.token.revision).toBe(0);
    const results = await Promise.allSettled(
      [1, 2].map((n) =>
        saveDraft(owner, { lessonId, ...opened.token, content: { ...opened.content, body: `Racer ${n}` } }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { message: EDITED_ELSEWHERE } });
  });

  it("keeps learners on the published text until the next publish, then versions each publish and restores one", async () => {
    const { courseId, lessonId } = await makeCourse(t.db, owner);
    await edit(lessonId, "Version one.");
    await publishCourse(owner, { courseId });
    await edit(lessonId, "Version two, still a draft.");
    expect((await t.db.lesson.findUniqueOrThrow({ where: { id: lessonId } })).body).toBe("Version one.");

    await publishCourse(owner, { courseId });
    expect((await t.db.lesson.findUniqueOrThrow({ where: { id: lessonId } })).body).toBe("Version two, still a draft.");
    const versions = await listLessonVersions(owner, lessonId);
    expect(versions.map((v) => [v.number, v.content?.body])).toEqual([
      [2, "Version two, still a draft."],
      [1, "Version one."],
    ]);

    const editing = await getLessonForEditing(owner, lessonId);
    await restoreVersion(owner, { lessonId, ...editing.token, number: 1 });
    expect((await getLessonForEditing(owner, lessonId)).draft?.body).toBe("Version one.");
    expect((await t.db.lesson.findUniqueOrThrow({ where: { id: lessonId } })).body).toBe("Version two, still a draft.");
  });

  it("refuses an SQL solution that fails, at the field, and saves nothing", async () => {
    const { moduleId } = await makeCourse(t.db, owner);
    const { id: lessonId } = await createLesson(owner, { moduleId, title: "Count rows", kind: "sql" });
    const editing = await getLessonForEditing(owner, lessonId);
    const broken = {
      ...editing.content,
      exercise: {
        setup: "CREATE TABLE t (id int);",
        starter: "",
        solution: "SELECT missing FROM t;",
        orderMatters: false,
        hints: [],
        wrongSolutions: [],
      },
    };
    await expect(saveDraft(owner, { lessonId, ...editing.token, content: broken })).rejects.toMatchObject({
      fieldErrors: { "content.exercise.solution": [expect.stringContaining('column "missing" does not exist')] },
    });
    expect((await getLessonForEditing(owner, lessonId)).token.revision).toBe(editing.token.revision);
  });
});

describe("publishing", () => {
  it("lists what is missing and changes nothing", async () => {
    const { courseId, lessonId } = await makeCourse(t.db, owner);
    const result = await publishCourse(owner, { courseId });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ message: "“Hello studio” has no text yet.", href: `/studio/courses/${courseId}/lessons/${lessonId}` }],
    });
    expect((await t.db.course.findUniqueOrThrow({ where: { id: courseId } })).status).toBe("DRAFT");
  });

  it("purges the shared page cache for the course, its lessons, the catalogue and home, and nothing else", async () => {
    const { courseId, slug, lessonId } = await makeCourse(t.db, owner);
    await edit(lessonId, "Ready.");
    const cache = new PageCache();
    registerPageCache(cache);
    for (const path of [
      "/",
      "/courses",
      `/courses/${slug}`,
      `/courses/${slug}/lessons/hello-studio`,
      "/courses/another-course",
      "/dashboard-like",
    ])
      cache.set(`${path}\ngzip`, page(path));
    const result = await publishCourse(owner, { courseId });
    expect(result).toMatchObject({ ok: true, pagesPurged: 4 });
    for (const path of ["/", "/courses", `/courses/${slug}`, `/courses/${slug}/lessons/hello-studio`])
      expect(cache.get(`${path}\ngzip`)).toBeUndefined();
    expect(cache.get("/courses/another-course\ngzip")).toBeDefined();
    expect(cache.get("/dashboard-like\ngzip")).toBeDefined();
  });
});

describe("reordering", () => {
  it("keeps positions 1..n when two reorders race", async () => {
    const { moduleId, lessonId } = await makeCourse(t.db, owner);
    const b = await createLesson(owner, { moduleId, title: "Second", kind: "article" });
    const c = await createLesson(owner, { moduleId, title: "Third", kind: "article" });
    const orders = [
      [c.id, b.id, lessonId],
      [b.id, lessonId, c.id],
    ];
    await Promise.all(orders.map((order) => reorderLessons(owner, { moduleId, order })));
    const rows = await t.db.lesson.findMany({
      where: { moduleId },
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3]);
    expect(orders.map((o) => o.join())).toContain(rows.map((r) => r.id).join());
  });

  it("refuses an order made before a lesson was added", async () => {
    const { moduleId, lessonId } = await makeCourse(t.db, owner);
    await createLesson(owner, { moduleId, title: "Added elsewhere", kind: "article" });
    await expect(reorderLessons(owner, { moduleId, order: [lessonId] })).rejects.toThrow(/outline changed elsewhere/);
  });
});
