// Who may edit what: the course's owner, its co-instructors and admins. Every studio service starts here.
import { AuthError } from "../auth/errors";
import type { CurrentUser } from "../auth/session/policy";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { courseStaffWhere } from "../learning/course-staff";

type Client = Prisma.TransactionClient | typeof db;
export type StudioUser = Pick<CurrentUser, "id" | "role">;

// The same sentence whether the id does not exist or belongs to someone else: ids are not an oracle.
const NOT_YOURS = "This course was not found, or you cannot edit it.";

export const STUDIO_ROLES = ["INSTRUCTOR", "ADMIN"] as const;

export function canEditWhere(user: StudioUser): Prisma.CourseWhereInput {
  return courseStaffWhere(user);
}

export async function getEditableCourseOrThrow(user: StudioUser, courseId: string, client: Client = db) {
  if (user.role !== "ADMIN" && user.role !== "INSTRUCTOR") throw new AuthError("FORBIDDEN");
  const course = await client.course.findFirst({
    where: { id: courseId, ...canEditWhere(user) },
    select: { id: true, slug: true, status: true, instructorId: true, updatedAt: true },
  });
  if (!course) throw new AuthError("FORBIDDEN", NOT_YOURS);
  return course;
}

export async function getEditableModuleOrThrow(user: StudioUser, moduleId: string, client: Client = db) {
  const mod = await client.module.findUnique({
    where: { id: moduleId },
    select: { id: true, courseId: true, title: true },
  });
  if (!mod) throw new AuthError("FORBIDDEN", NOT_YOURS);
  const course = await getEditableCourseOrThrow(user, mod.courseId, client);
  return { ...mod, course };
}

export async function getEditableLessonOrThrow(user: StudioUser, lessonId: string, client: Client = db) {
  const lesson = await client.lesson.findUnique({
    where: { id: lessonId },
    select: { id: true, courseId: true, moduleId: true, slug: true, version: true },
  });
  if (!lesson) throw new AuthError("FORBIDDEN", NOT_YOURS);
  const course = await getEditableCourseOrThrow(user, lesson.courseId, client);
  return { ...lesson, course };
}

/** Only the owner (or an admin) manages who else may edit. */
export async function getOwnedCourseOrThrow(user: StudioUser, courseId: string) {
  const course = await getEditableCourseOrThrow(user, courseId);
  if (user.role !== "ADMIN" && course.instructorId !== user.id)
    throw new AuthError("FORBIDDEN", "Only the course's owner can change who edits it.");
  return course;
}
