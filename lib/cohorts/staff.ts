// Who runs a cohort: the course's owner and co-instructors, the cohort's mentors, and admins. They may open the
// cohort home and its staff view, edit sessions, correct attendance and post announcements; a mentor only for
// the cohorts they are assigned to. (The same owner/co-instructor rule as the studio's, read here so that the
// learning domain can depend on cohorts for drip dates without a loop.)
import { db } from "../db/client";

export type CohortStaffRole = "admin" | "instructor" | "mentor";
export type CohortUser = { id: string; role: string };

export async function cohortStaffRole(user: CohortUser, cohortId: string): Promise<CohortStaffRole | null> {
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: {
      mentors: { where: { userId: user.id }, select: { userId: true } },
      course: {
        select: { instructorId: true, coInstructors: { where: { userId: user.id }, select: { userId: true } } },
      },
    },
  });
  if (!cohort) return null;
  if (user.role === "ADMIN") return "admin";
  if (cohort.course.instructorId === user.id || cohort.course.coInstructors.length > 0) return "instructor";
  if (cohort.mentors.length > 0) return "mentor";
  return null;
}
