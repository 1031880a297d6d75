import type { Prisma } from "../db/generated/client";

/** Ids of the course's staff for badges and notifications: owner, co-instructors, cohort mentors (not admins). */
export async function courseStaffIdsIn(client: Prisma.TransactionClient, courseId: string): Promise<Set<string>> {
  // One statement (the thread list runs this per view; three relation reads cost three round trips).
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT "instructorId" AS id FROM "Course" WHERE id = ${courseId}
    UNION SELECT "userId" FROM "CourseCoInstructor" WHERE "courseId" = ${courseId}
    UNION SELECT m."userId" FROM "CohortMentor" m JOIN "Cohort" c ON c.id = m."cohortId" WHERE c."courseId" = ${courseId}`;
  return new Set(rows.map((row) => row.id));
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
