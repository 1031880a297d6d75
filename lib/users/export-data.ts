import { db } from "../db/client";

/** Everything we hold about one person, for "download my data". Secrets (password hash, OAuth tokens) are left out. */
export async function exportUserData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      emailVerified: true,
      name: true,
      image: true,
      role: true,
      timeZone: true,
      hour12: true,
      createdAt: true,
      updatedAt: true,
      accounts: { select: { provider: true, type: true } },
      enrollments: {
        select: {
          courseId: true,
          cohortId: true,
          status: true,
          source: true,
          createdAt: true,
          completedAt: true,
          course: { select: { slug: true, title: true } },
        },
      },
      progress: {
        select: { courseId: true, lessonId: true, completedAt: true, lastViewedAt: true, videoSeconds: true },
      },
      quizAttempts: { select: { lessonId: true, score: true, passed: true, createdAt: true, answers: true } },
      exerciseAttempts: { select: { lessonId: true, attemptNo: true, passed: true, createdAt: true } },
      certificates: { select: { id: true, courseTitle: true, recipientName: true, issuedAt: true } },
      payments: {
        select: {
          courseId: true,
          amountCents: true,
          currency: true,
          status: true,
          refundedCents: true,
          createdAt: true,
          paidAt: true,
        },
      },
      waitlist: { select: { cohortId: true, createdAt: true } },
      bookings: {
        select: {
          startsAt: true,
          endsAt: true,
          status: true,
          name: true,
          email: true,
          timeZone: true,
          notes: true,
          createdAt: true,
          cancelledAt: true,
        },
      },
    },
  });
  const auditEntries = await db.auditLog.findMany({
    where: { OR: [{ actorId: userId }, { targetId: userId }] },
    select: { action: true, ip: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return { exportedAt: new Date().toISOString(), user, securityEvents: auditEntries };
}
