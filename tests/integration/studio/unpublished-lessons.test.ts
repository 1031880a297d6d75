// A module and lesson added to a live course stay out of learners' sight (outline, lesson route, search,
// dashboard totals, certificate totals, progress writes) until the course is published again.
import { beforeAll, describe, expect, it } from "vitest";
import { dropMemoized } from "@/lib/cache/memo";
import { getCourseOrNull, getLessonOrNull, listCatalogCourses, listSitemapEntries } from "@/lib/catalog/queries";
import { enrollInFreeCourse, completeLesson, recordLessonView } from "@/lib/learning/mutations";
import { getDashboard } from "@/lib/learning/queries";
import { saveDraft } from "@/lib/studio/draft-service";
import { createLesson, createModule } from "@/lib/studio/outline-service";
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

async function write(lessonId: string, body: string, freePreview = false) {
  const editing = await getLessonForEditing(owner, lessonId);
  await saveDraft(owner, { lessonId, ...editing.token, content: { ...editing.content, body, freePreview } });
}

/** What a learner can see of the course now (the memo is dropped so each look reads the database). */
async function learnerSees(slug: string, courseId: string, newSlug: string, userId: string) {
  dropMemoized();
  const course = await getCourseOrNull(slug);
  const dashboard = await getDashboard(userId, "UTC");
  const enrolment = dashboard.enrollments.find((e) => e.course.slug === slug)!;
  const search = await listCatalogCourses({ q: "quasarindexing" });
  const sitemap = (await listSitemapEntries()).find((entry) => entry.slug === slug);
  return {
    outline: course!.modules.flatMap((m) => m.lessons.map((l) => l.slug)),
    modules: course!.modules.length,
    lesson: await getLessonOrNull(courseId, newSlug),
    dashboardTotal: enrolment.course.modules.flatMap((m) => m.lessons).length,
    searchHit: search.find((r) => r.slug === slug)?.match?.lessonSlug ?? null,
    sitemap: sitemap?.previewLessons.map((l) => l.slug) ?? [],
  };
}

describe("a lesson added to a published course", () => {
  it("reaches no learner-facing query until the course is published again", async () => {
    const { courseId, slug, lessonId } = await makeCourse(t.db, owner);
    await write(lessonId, "The first lesson, live.");
    expect((await publishCourse(owner, { courseId })).ok).toBe(true);
    const early = await makeUser(t.db, "LEARNER");
    const late = await makeUser(t.db, "LEARNER");
    await enrollInFreeCourse(early.id, slug);
    await enrollInFreeCourse(late.id, slug);

    const mod = await createModule(owner, { courseId, title: "Going further" });
    const added = await createLesson(owner, { moduleId: mod.id, title: "Quasarindexing secrets", kind: "article" });
    await write(added.id, "Written but not yet published.", true);
    const newSlug = (await t.db.lesson.findUniqueOrThrow({ where: { id: added.id } })).slug;

    const before = await learnerSees(slug, courseId, newSlug, early.id);
    expect(before).toEqual({
      outline: ["hello-studio"],
      modules: 1,
      lesson: null,
      dashboardTotal: 1,
      searchHit: null,
      sitemap: [],
    });
    // No progress can be written to it, and the certificate counts only the published lesson.
    await expect(completeLesson(early.id, added.id, "read")).rejects.toThrow("This lesson is not available.");
    await expect(recordLessonView(early.id, added.id)).rejects.toThrow("This lesson is not available.");
    expect(await completeLesson(early.id, lessonId, "read")).toMatchObject({ courseCompleted: true });
    expect(await t.db.certificate.count({ where: { userId: early.id, courseId } })).toBe(1);

    expect((await publishCourse(owner, { courseId })).ok).toBe(true);
    const after = await learnerSees(slug, courseId, newSlug, late.id);
    expect(after).toMatchObject({
      outline: ["hello-studio", newSlug],
      modules: 2,
      lesson: { id: added.id, body: "Written but not yet published." },
      dashboardTotal: 2,
      searchHit: newSlug,
      sitemap: [newSlug],
    });
    expect(await completeLesson(late.id, lessonId, "read")).toMatchObject({ courseCompleted: false });
    expect(await completeLesson(late.id, added.id, "read")).toMatchObject({ courseCompleted: true });
  });

  it("a lesson added to an existing module is hidden the same way", async () => {
    const { courseId, slug, moduleId, lessonId } = await makeCourse(t.db, owner);
    await write(lessonId, "Live.");
    await publishCourse(owner, { courseId });
    const added = await createLesson(owner, { moduleId, title: "Later", kind: "article" });
    dropMemoized();
    const outline = async () => (await getCourseOrNull(slug))!.modules.flatMap((m) => m.lessons.map((l) => l.id));
    expect(await outline()).toEqual([lessonId]);
    await write(added.id, "Now live too.");
    await publishCourse(owner, { courseId });
    expect(await outline()).toEqual([lessonId, added.id]);
  });
});
