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
