import type { Prisma } from "../db/generated/client";

/** Ids of the course's staff for badges and notifications: owner, co-instructors, cohort mentors (not admins). */
export async function courseStaffIdsIn(client: Prisma.TransactionClient, courseId: string): Promise<Set<string>> {
  const course = await client.course.findUnique({
    where: { id: courseId },
    select: {
      instructorId: true,
      coInstructors: { select: { userId: true } },
      cohorts: { select: { mentors: { select: { userId: true } } } },
    },
  });
  if (!course) return new Set();
  return new Set([
    course.instructorId,
    ...course.coInstructors.map((c) => c.userId),
    ...course.cohorts.flatMap((c) => c.mentors.map((m) => m.userId)),
  ]);
}

/** A cohort's staff ids (for mentions on its board): the course's owner and co-instructors, its own mentors. */
export async function cohortStaffIdsIn(client: Prisma.TransactionClient, cohortId: string): Promise<Set<string>> {
  const cohort = await client.cohort.findUnique({
    where: { id: cohortId },
    select: {
      mentors: { select: { userId: true } },
      course: { select: { instructorId: true, coInstructors: { select: { userId: true } } } },
    },
  });
  if (!cohort) return new Set();
  return new Set([
    cohort.course.instructorId,
    ...cohort.course.coInstructors.map((c) => c.userId),
    ...cohort.mentors.map((m) => m.userId),
  ]);
}
