// Who teaches a course: its owner, its co-instructors, and every admin. The studio edits with this rule;
// the lesson page uses it to offer staff a learner's preview instead of "Enrol".
import type { Prisma } from "../db/generated/client";

export type StaffCandidate = { id: string; role: string };

export function courseStaffWhere(user: StaffCandidate): Prisma.CourseWhereInput {
  if (user.role === "ADMIN") return {};
  return { OR: [{ instructorId: user.id }, { coInstructors: { some: { userId: user.id } } }] };
}
