// The drip rule applied to one lesson on the server's side of a write (completing it, checking an exercise):
// the same answer the page's state gives, read inside the caller's transaction.
import type { Prisma } from "../db/generated/client";
import { dripLockedLessons } from "./drip";

type Tx = Prisma.TransactionClient;

/** When this lesson opens for this learner, or null when it is open (or the course does not drip). */
export async function dripOpensAtFor(
  tx: Tx,
  userId: string,
  lesson: { id: string; courseId: string },
  now: Date = new Date(),
): Promise<Date | null> {
  const [enrollment, row] = await Promise.all([
    tx.enrollment.findUnique({
      where: { userId_courseId: { userId, courseId: lesson.courseId } },
      select: { course: { select: { format: true } }, cohort: { select: { startsAt: true, timeZone: true } } },
    }),
    tx.lesson.findUnique({
      where: { id: lesson.id },
      select: { freePreview: true, module: { select: { releaseDay: true } } },
    }),
  ]);
  if (!enrollment?.cohort || enrollment.course.format !== "COHORT" || !row) return null;
  const locked = dripLockedLessons(
    [{ releaseDay: row.module.releaseDay, lessons: [{ id: lesson.id, freePreview: row.freePreview }] }],
    enrollment.cohort,
    now,
  );
  return locked.get(lesson.id) ?? null;
}
