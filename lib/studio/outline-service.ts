// Modules and lessons: create, rename, delete, reorder. Structure changes take effect at once, except that a
// new module or lesson stays unpublished (out of learners' sight) until the course is published again. Reorders lock the course row so two at once cannot interleave.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import {
  getEditableCourseOrThrow,
  getEditableLessonOrThrow,
  getEditableModuleOrThrow,
  type StudioUser,
} from "./access";
import { StudioError } from "./errors";
import {
  asJsonColumn,
  blankLessonContent,
  contentFromPublished,
  KIND_TO_DB,
  parseStoredContent,
  type LessonContent,
} from "./lesson-content";
import { invalidateCourse } from "../cache/invalidate";
import { slugify, uniqueSlug } from "./slug";

type Tx = Prisma.TransactionClient;

async function lockCourse(tx: Tx, courseId: string) {
  await tx.$queryRaw`SELECT id FROM "Course" WHERE id = ${courseId} FOR UPDATE`;
}

function refreshIfLive(course: { slug: string; status: string }) {
  if (course.status === "PUBLISHED") invalidateCourse([course.slug]);
}

export async function createModule(user: StudioUser, input: { courseId: string; title: string }) {
  const course = await getEditableCourseOrThrow(user, input.courseId);
  const created = await db.$transaction(async (tx) => {
    await lockCourse(tx, course.id);
    const existing = await tx.module.findMany({
      where: { courseId: course.id },
      select: { slug: true, position: true },
    });
    const slug = uniqueSlug(
      slugify(input.title, "module"),
      existing.map((m) => m.slug),
    );
    const position = Math.max(0, ...existing.map((m) => m.position)) + 1;
    return tx.module.create({
      data: { courseId: course.id, title: input.title, slug, position, published: false },
      select: { id: true },
    });
  });
  refreshIfLive(course);
  return created;
}

export async function renameModule(user: StudioUser, input: { moduleId: string; title: string }) {
  const mod = await getEditableModuleOrThrow(user, input.moduleId);
  await db.module.update({ where: { id: mod.id }, data: { title: input.title } });
  refreshIfLive(mod.course);
  return { title: input.title };
}

/** How many learners lose progress if these lessons go. */
async function learnersWithProgress(lessonIds: string[]): Promise<number> {
  if (lessonIds.length === 0) return 0;
  const rows = await db.lessonProgress.findMany({
    where: { lessonId: { in: lessonIds } },
    distinct: ["userId"],
    select: { userId: true },
  });
  return rows.length;
}

export async function moduleDeletionImpact(user: StudioUser, moduleId: string) {
  const mod = await getEditableModuleOrThrow(user, moduleId);
  const lessons = await db.lesson.findMany({ where: { moduleId: mod.id }, select: { id: true } });
  return { lessons: lessons.length, learners: await learnersWithProgress(lessons.map((l) => l.id)) };
}

export async function lessonDeletionImpact(user: StudioUser, lessonId: string) {
  const lesson = await getEditableLessonOrThrow(user, lessonId);
  return { learners: await learnersWithProgress([lesson.id]) };
}

export async function deleteModule(user: StudioUser, input: { moduleId: string }) {
  const mod = await getEditableModuleOrThrow(user, input.moduleId);
  await db.$transaction(async (tx) => {
    await lockCourse(tx, mod.courseId);
    await tx.module.delete({ where: { id: mod.id } });
    await renumber(
      tx,
      "module",
      (
        await tx.module.findMany({
          where: { courseId: mod.courseId },
          orderBy: { position: "asc" },
          select: { id: true },
        })
      ).map((m) => m.id),
    );
  });
  refreshIfLive(mod.course);
  return { deleted: true };
}

export async function createLesson(
  user: StudioUser,
  input: { moduleId: string; title: string; kind: LessonContent["kind"] },
) {
  const mod = await getEditableModuleOrThrow(user, input.moduleId);
  const content = blankLessonContent(input.title, input.kind);
  const created = await db.$transaction(async (tx) => {
    await lockCourse(tx, mod.courseId);
    const [courseLessons, siblings] = await Promise.all([
      tx.lesson.findMany({ where: { courseId: mod.courseId }, select: { slug: true } }),
      tx.lesson.findMany({ where: { moduleId: mod.id }, select: { position: true } }),
    ]);
    const slug = uniqueSlug(
      slugify(input.title, "lesson"),
      courseLessons.map((l) => l.slug),
    );
    const lesson = await tx.lesson.create({
      data: {
        courseId: mod.courseId,
        moduleId: mod.id,
        slug,
        title: input.title,
        kind: KIND_TO_DB[input.kind],
        body: "",
        position: Math.max(0, ...siblings.map((l) => l.position)) + 1,
        published: false,
      },
      select: { id: true },
    });
    await tx.lessonDraft.create({
      data: { lessonId: lesson.id, content: asJsonColumn(content), updatedById: user.id },
    });
    return lesson;
  });
  refreshIfLive(mod.course);
  return created;
}

/** Renaming from the outline changes the draft's title; an editor open on the lesson then sees "edited elsewhere". */
export async function renameLesson(user: StudioUser, input: { lessonId: string; title: string }) {
  const lesson = await getEditableLessonOrThrow(user, input.lessonId);
  await db.$transaction(async (tx) => {
    const row = await tx.lesson.findUniqueOrThrow({
      where: { id: lesson.id },
      include: {
        draft: true,
        questions: { orderBy: { position: "asc" }, include: { choices: { orderBy: { position: "asc" } } } },
      },
    });
    const current = (row.draft ? parseStoredContent(row.draft.content) : null) ?? contentFromPublished(row);
    const content = asJsonColumn({ ...current, title: input.title });
    if (row.draft)
      await tx.lessonDraft.update({
        where: { lessonId: lesson.id },
        data: { content, revision: { increment: 1 }, updatedById: user.id },
      });
    else await tx.lessonDraft.create({ data: { lessonId: lesson.id, content, updatedById: user.id } });
  });
  return { title: input.title };
}

export async function deleteLesson(user: StudioUser, input: { lessonId: string }) {
  const lesson = await getEditableLessonOrThrow(user, input.lessonId);
  await db.$transaction(async (tx) => {
    await lockCourse(tx, lesson.courseId);
    await tx.lesson.delete({ where: { id: lesson.id } });
    await renumber(
      tx,
      "lesson",
      (
        await tx.lesson.findMany({
          where: { moduleId: lesson.moduleId },
          orderBy: { position: "asc" },
          select: { id: true },
        })
      ).map((l) => l.id),
    );
  });
  refreshIfLive(lesson.course);
  return { deleted: true };
}

async function renumber(tx: Tx, table: "module" | "lesson", orderedIds: string[]) {
  for (const [index, rowId] of orderedIds.entries()) {
    if (table === "module") await tx.module.update({ where: { id: rowId }, data: { position: index + 1 } });
    else await tx.lesson.update({ where: { id: rowId }, data: { position: index + 1 } });
  }
}

/** The order must name exactly the current rows: a list made before someone added or removed one is refused. */
function assertSameSet(current: string[], order: string[]) {
  const same =
    current.length === order.length &&
    new Set(order).size === order.length &&
    order.every((entry) => current.includes(entry));
  if (!same)
    throw new StudioError("The outline changed elsewhere since you loaded it. Reload the page and reorder again.");
}

export async function reorderModules(user: StudioUser, input: { courseId: string; order: string[] }) {
  const course = await getEditableCourseOrThrow(user, input.courseId);
  await db.$transaction(async (tx) => {
    await lockCourse(tx, course.id);
    const current = await tx.module.findMany({ where: { courseId: course.id }, select: { id: true } });
    assertSameSet(
      current.map((m) => m.id),
      input.order,
    );
    await renumber(tx, "module", input.order);
  });
  refreshIfLive(course);
  return { order: input.order };
}

export async function reorderLessons(user: StudioUser, input: { moduleId: string; order: string[] }) {
  const mod = await getEditableModuleOrThrow(user, input.moduleId);
  await db.$transaction(async (tx) => {
    await lockCourse(tx, mod.courseId);
    const current = await tx.lesson.findMany({ where: { moduleId: mod.id }, select: { id: true } });
    assertSameSet(
      current.map((l) => l.id),
      input.order,
    );
    await renumber(tx, "lesson", input.order);
  });
  refreshIfLive(mod.course);
  return { order: input.order };
}

/** Where a lesson lands among `others` (1-based `position`, clamped): the new order of that module. Pure. */
export function insertAt(others: string[], lessonId: string, position: number): string[] {
  const index = Math.min(Math.max(position - 1, 0), others.length);
  return [...others.slice(0, index), lessonId, ...others.slice(index)];
}

/**
 * Moves a lesson to another module of the same course, at `position` (1-based; past the end means last).
 * Both modules are renumbered in one transaction under the course lock, so concurrent moves and reorders
 * take turns and positions stay 1..n in each module.
 */
export async function moveLesson(user: StudioUser, input: { lessonId: string; moduleId: string; position: number }) {
  const lesson = await getEditableLessonOrThrow(user, input.lessonId);
  const target = await getEditableModuleOrThrow(user, input.moduleId);
  if (target.courseId !== lesson.courseId)
    throw new StudioError("A lesson can only move to a module of its own course.");
  const moved = await db.$transaction(async (tx) => {
    await lockCourse(tx, lesson.courseId);
    // Read again under the lock: another move may have taken the lesson elsewhere meanwhile.
    const from = await tx.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { moduleId: true } });
    const ordered = (moduleId: string) =>
      tx.lesson
        .findMany({
          where: { moduleId, id: { not: lesson.id } },
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: { id: true },
        })
        .then((rows) => rows.map((r) => r.id));
    const targetOrder = insertAt(await ordered(target.id), lesson.id, input.position);
    await tx.lesson.update({ where: { id: lesson.id }, data: { moduleId: target.id } });
    await renumber(tx, "lesson", targetOrder);
    if (from.moduleId !== target.id) await renumber(tx, "lesson", await ordered(from.moduleId));
    return { moduleId: target.id, position: targetOrder.indexOf(lesson.id) + 1 };
  });
  refreshIfLive(lesson.course);
  return moved;
}
