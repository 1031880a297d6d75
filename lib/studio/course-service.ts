// Course-level writes: create, settings (with slug history), cohorts, co-instructors, archive.
import type { z } from "zod";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { getEditableCourseOrThrow, getOwnedCourseOrThrow, STUDIO_ROLES, type StudioUser } from "./access";
import { StudioError } from "./errors";
import { invalidateCourse } from "../cache/invalidate";
import type { cohortSchema, courseSettingsSchema } from "./schema";
import { slugify, uniqueSlug } from "./slug";

async function takenSlugs(base: string, exceptCourseId?: string): Promise<string[]> {
  const [courses, redirects] = await Promise.all([
    db.course.findMany({
      where: { slug: { startsWith: base }, ...(exceptCourseId ? { id: { not: exceptCourseId } } : {}) },
      select: { slug: true },
    }),
    db.courseSlugRedirect.findMany({
      where: { slug: { startsWith: base }, ...(exceptCourseId ? { courseId: { not: exceptCourseId } } : {}) },
      select: { slug: true },
    }),
  ]);
  return [...courses, ...redirects].map((row) => row.slug);
}

export async function createCourse(user: StudioUser, input: { title: string }) {
  if (!STUDIO_ROLES.includes(user.role as (typeof STUDIO_ROLES)[number]))
    throw new StudioError("Only instructors can create courses.");
  const slug = uniqueSlug(slugify(input.title, "course"), await takenSlugs(slugify(input.title, "course")));
  try {
    const course = await db.course.create({
      data: {
        title: input.title,
        slug,
        summary: "",
        description: "",
        topic: "APIS",
        level: "BEGINNER",
        outcomes: [],
        instructorId: user.id,
        status: "DRAFT",
      },
      select: { id: true, slug: true },
    });
    return course;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new StudioError("Another course was just created with this title. Try again.");
    throw error;
  }
}

type Settings = z.output<typeof courseSettingsSchema>;

export async function updateCourseSettings(user: StudioUser, input: Settings) {
  const course = await getEditableCourseOrThrow(user, input.courseId);
  if (course.updatedAt.getTime() !== input.expectedUpdatedAt)
    throw new StudioError(
      "These settings were changed elsewhere since you opened them. Reload the page to see the newer values, then make your change again.",
    );
  const slugChanged = input.slug !== course.slug;
  if (slugChanged && (await takenSlugs(input.slug, course.id)).includes(input.slug))
    throw new StudioError("That slug is taken.", {
      slug: ["Another course uses this slug (or used to). Choose another."],
    });
  const { courseId: _id, expectedUpdatedAt: _expected, coverImageUrl, ...fields } = input;
  try {
    const saved = await db.$transaction(async (tx) => {
      const updated = await tx.course.updateMany({
        where: { id: course.id, updatedAt: course.updatedAt },
        data: { ...fields, coverImageUrl: coverImageUrl || null },
      });
      if (updated.count !== 1)
        throw new StudioError(
          "These settings were changed elsewhere since you opened them. Reload the page and try again.",
        );
      if (slugChanged) {
        // Old links keep working; a slug the course gets back stops being a redirect.
        await tx.courseSlugRedirect.deleteMany({ where: { slug: input.slug, courseId: course.id } });
        if (course.status !== "DRAFT")
          await tx.courseSlugRedirect.upsert({
            where: { slug: course.slug },
            update: { courseId: course.id },
            create: { slug: course.slug, courseId: course.id },
          });
      }
      return tx.course.findUniqueOrThrow({ where: { id: course.id }, select: { slug: true, updatedAt: true } });
    });
    if (course.status === "PUBLISHED") invalidateCourse([course.slug, saved.slug]);
    return { slug: saved.slug, updatedAt: saved.updatedAt.getTime() };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new StudioError("That slug is taken.", { slug: ["Another course uses this slug. Choose another."] });
    throw error;
  }
}

/** Where an old course slug now lives, or null. */
export async function findCourseSlugRedirect(slug: string): Promise<string | null> {
  const redirect = await db.courseSlugRedirect.findUnique({
    where: { slug },
    select: { course: { select: { slug: true, status: true } } },
  });
  return redirect && redirect.course.status === "PUBLISHED" ? redirect.course.slug : null;
}

export async function addCohort(user: StudioUser, input: z.output<typeof cohortSchema>) {
  const course = await getEditableCourseOrThrow(user, input.courseId);
  const { courseId: _id, ...data } = input;
  const cohort = await db.cohort.create({ data: { ...data, courseId: course.id }, select: { id: true } });
  if (course.status === "PUBLISHED") invalidateCourse([course.slug]);
  return cohort;
}

export async function deleteCohort(user: StudioUser, input: { courseId: string; cohortId: string }) {
  const course = await getEditableCourseOrThrow(user, input.courseId);
  await db.$transaction(async (tx) => {
    const cohort = await tx.cohort.findFirst({
      where: { id: input.cohortId, courseId: course.id },
      select: { id: true, _count: { select: { enrollments: true } } },
    });
    if (!cohort) throw new StudioError("This cohort is already gone.");
    if (cohort._count.enrollments > 0)
      throw new StudioError(`This cohort has ${cohort._count.enrollments} enrolled learner(s); it cannot be deleted.`);
    await tx.cohort.delete({ where: { id: cohort.id } });
  });
  if (course.status === "PUBLISHED") invalidateCourse([course.slug]);
  return { deleted: true };
}

export async function addCoInstructor(user: StudioUser, input: { courseId: string; email: string }) {
  const course = await getOwnedCourseOrThrow(user, input.courseId);
  const target = await db.user.findUnique({ where: { email: input.email }, select: { id: true, role: true } });
  if (!target || (target.role !== "INSTRUCTOR" && target.role !== "ADMIN"))
    throw new StudioError("No instructor has that email.", {
      email: ["Ask an admin to make this person an instructor first."],
    });
  if (target.id === course.instructorId)
    throw new StudioError("That is the course's owner.", { email: ["The owner can already edit the course."] });
  await db.courseCoInstructor.upsert({
    where: { courseId_userId: { courseId: course.id, userId: target.id } },
    update: {},
    create: { courseId: course.id, userId: target.id },
  });
  return { userId: target.id };
}

export async function removeCoInstructor(user: StudioUser, input: { courseId: string; userId: string }) {
  const course = await getOwnedCourseOrThrow(user, input.courseId);
  await db.courseCoInstructor.deleteMany({ where: { courseId: course.id, userId: input.userId } });
  return { removed: true };
}

export async function setCourseArchived(user: StudioUser, input: { courseId: string }, archived: boolean) {
  const course = await getEditableCourseOrThrow(user, input.courseId);
  if (!archived && course.status !== "ARCHIVED") throw new StudioError("Only an archived course can be restored.");
  await db.course.update({ where: { id: course.id }, data: { status: archived ? "ARCHIVED" : "DRAFT" } });
  invalidateCourse([course.slug]);
  return { status: archived ? "ARCHIVED" : "DRAFT" };
}
