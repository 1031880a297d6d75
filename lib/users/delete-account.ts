import { INVALID_FIELDS_MESSAGE } from "../actions/result";
import { db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../actions/errors";
import { verifyPassword } from "../accounts/password";
import { endEverySession } from "../auth/session/sign-out";

/**
 * Deleting an account (documented on the profile page):
 * - upcoming confirmed consultations are cancelled; past ones keep their record without the link to the account;
 * - enrolments, lesson progress, quiz attempts, certificates and waitlist places are deleted;
 * - if payments, authored courses or an advisor profile must be kept (accounting, other learners' courses,
 *   other people's bookings), the account is anonymised and disabled instead of removed.
 */
export async function deleteAccount(
  userId: string,
  input: { currentPassword: string },
  ip: string,
  now: Date = new Date(),
): Promise<{ deleted: true; anonymised: boolean }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      role: true,
      passwordHash: true,
      _count: { select: { payments: true, courses: true } },
      advisor: { select: { id: true } },
    },
  });
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError(INVALID_FIELDS_MESSAGE, {
      currentPassword: ["That isn't your current password. Check it and try again."],
    });
  }
  if (user.role === "ADMIN" && (await db.user.count({ where: { role: "ADMIN", disabledAt: null } })) <= 1) {
    throw new DomainError("You're the only admin. Make someone else an admin before deleting your account.");
  }
  const anonymise = user._count.payments > 0 || user._count.courses > 0 || user.advisor !== null;

  await db.$transaction(async (tx) => {
    await tx.booking.updateMany({
      where: { userId, status: "CONFIRMED", startsAt: { gt: now } },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    // Written with the deletion, so there is never a deleted account without its audit row (or the reverse).
    await recordAudit(
      {
        actorId: anonymise ? userId : null,
        action: "user.deleted",
        targetType: "User",
        targetId: userId,
        ip,
        meta: { anonymised: anonymise },
      },
      tx,
    );
    if (!anonymise) {
      await tx.booking.updateMany({ where: { userId }, data: { userId: null } });
      await tx.user.delete({ where: { id: userId } });
      return;
    }
    await tx.enrollment.deleteMany({ where: { userId } });
    await tx.lessonProgress.deleteMany({ where: { userId } });
    await tx.quizAttempt.deleteMany({ where: { userId } });
    await tx.exerciseAttempt.deleteMany({ where: { userId } });
    await tx.certificate.deleteMany({ where: { userId } });
    await tx.waitlistEntry.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    await tx.userToken.deleteMany({ where: { userId } });
    await tx.booking.updateMany({ where: { userId }, data: { userId: null } });
    if (user.advisor) await tx.advisor.update({ where: { id: user.advisor.id }, data: { active: false } });
    await endEverySession(
      tx,
      userId,
      {
        email: `deleted-${userId}@deleted.invalid`,
        name: null,
        image: null,
        passwordHash: null,
        emailVerified: null,
        disabledAt: now,
      },
      now,
    );
  });
  return { deleted: true, anonymised: anonymise };
}
