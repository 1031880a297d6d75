// Who teaches a course: its owner, its co-instructors, and every admin. The studio edits with this rule;
// the lesson page uses it to offer staff a learner's preview instead of "Enrol".
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type StaffCandidate = { id: string; role: string };

export function courseStaffWhere(user: StaffCandidate): Prisma.CourseWhereInput {
  if (user.role === "ADMIN") return {};
  return { OR: [{ instructorId: user.id }, { coInstructors: { some: { userId: user.id } } }] };
}

/** The course's owner, a co-instructor or an admin: the lesson page offers them the studio's learner preview. */
export async function isCourseStaff(user: StaffCandidate, courseId: string): Promise<boolean> {
  if (user.role !== "ADMIN" && user.role !== "INSTRUCTOR") return false;
  return (await db.course.count({ where: { id: courseId, ...courseStaffWhere(user) } })) > 0;
}
