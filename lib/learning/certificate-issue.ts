// Issuing a course's certificate once everything it asks for is done: every published lesson and, in a cohort
// course, every required project passed. Called inside the transaction that did the last of it (a lesson
// completed, or a project's review passed); the unique (userId, courseId) key keeps it to one certificate.
import type { Prisma } from "../db/generated/client";
import { PUBLISHED_LESSON } from "../content/published";
import { emitCompletionEvents } from "../webhooks/domain-events";
import { enqueueCertificateMail } from "./certificate-mail";
import { decideCertificate, recipientName } from "./certificate-rules";

type Tx = Prisma.TransactionClient;

/** Required projects of the course the learner has not passed (in any attempt). */
export async function requiredProjectsLeft(tx: Tx, userId: string, courseId: string): Promise<number> {
  return tx.courseProject.count({
    // An archived project no longer counts: members cannot see or submit it.
    where: { courseId, required: true, archivedAt: null, submissions: { none: { userId, status: "PASSED" } } },
  });
}

export async function issueCertificate(
  tx: Tx,
  input: { userId: string; courseId: string; lessonId: string | null; lessonNewlyDone: boolean; now: Date },
): Promise<{ certificateId: string; issuedNow: boolean }> {
  const { userId, courseId } = input;
  const [user, course] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } }),
    tx.course.findUniqueOrThrow({
      where: { id: courseId },
      select: { title: true, instructor: { select: { name: true } } },
    }),
  ]);
  const inserted = await tx.certificate.createMany({
    data: [
      {
        userId,
        courseId,
        recipientName: recipientName(user),
        courseTitle: course.title,
        instructorName: course.instructor.name ?? "Backend Academy",
      },
    ],
    skipDuplicates: true,
  });
  await tx.enrollment.update({
    where: { userId_courseId: { userId, courseId } },
    data: { status: "COMPLETED", completedAt: input.now },
  });
  const certificate = await tx.certificate.findUniqueOrThrow({
    where: { userId_courseId: { userId, courseId } },
    select: { id: true },
  });
  if (inserted.count === 1) await enqueueCertificateMail(tx, user, { id: certificate.id, courseTitle: course.title });
  await emitCompletionEvents(tx, {
    userId,
    courseId,
    lessonId: input.lessonId ?? "",
    lessonNewlyDone: input.lessonNewlyDone,
    certificateId: inserted.count === 1 ? certificate.id : null,
  });
  return { certificateId: certificate.id, issuedNow: inserted.count === 1 };
}

/**
 * After a project passes: the certificate, if the lessons are all done and no required project is left.
 * Takes the enrolment's row lock, as a lesson completion does, so the two cannot both miss the other.
 */
export async function issueCertificateIfDue(tx: Tx, userId: string, courseId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<Array<{ status: string }>>`
    SELECT status::text AS status FROM "Enrollment" WHERE "userId" = ${userId} AND "courseId" = ${courseId} FOR UPDATE`;
  const lessons = await tx.lesson.findMany({ where: { courseId, ...PUBLISHED_LESSON }, select: { id: true } });
  const completed = await tx.lessonProgress.count({
    where: { userId, courseId, completedAt: { not: null }, lessonId: { in: lessons.map((l) => l.id) } },
  });
  const existing = await tx.certificate.findUnique({
    where: { userId_courseId: { userId, courseId } },
    select: { id: true },
  });
  const decision = decideCertificate({
    enrollmentStatus: (rows[0]?.status ?? null) as Parameters<typeof decideCertificate>[0]["enrollmentStatus"],
    totalLessons: lessons.length,
    completedLessons: completed,
    requiredProjectsLeft: await requiredProjectsLeft(tx, userId, courseId),
    alreadyIssued: Boolean(existing),
  });
  if (decision !== "issue") return false;
  return (await issueCertificate(tx, { userId, courseId, lessonId: null, lessonNewlyDone: false, now: new Date() }))
    .issuedNow;
}
