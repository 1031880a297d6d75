// Access follows the money: revoking a purchase ends the enrolment unless another live payment pays for it.
import { invalidateCourseLanding } from "../cache/invalidate";
import type { AfterCommit } from "../db/after-commit";
import { offerReleasedSeats } from "../enrolment/seats";
import type { Tx } from "./transaction";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { enqueue } from "../outbox/enqueue";
import { emitEnrollmentEvent } from "../webhooks/domain-events";

type PaymentRef = { id: string; userId: string; courseId: string; cohortId: string | null };

export async function revokeAccess(tx: Tx, payment: PaymentRef, now: Date): Promise<AfterCommit[]> {
  const otherLivePayment = await tx.payment.count({
    where: {
      userId: payment.userId,
      courseId: payment.courseId,
      id: { not: payment.id },
      status: { in: ["PAID", "PARTIALLY_REFUNDED"] },
      NOT: { disputeStatus: "LOST" },
    },
  });
  if (otherLivePayment > 0) return [];
  const { count } = await tx.enrollment.updateMany({
    where: {
      userId: payment.userId,
      courseId: payment.courseId,
      status: { in: [...LIVE_ENROLLMENT_STATUSES] },
      source: "PURCHASE",
    },
    data: { status: "REFUNDED" },
  });
  const effects: AfterCommit[] = [];
  if (count > 0) {
    const revoked = await tx.enrollment.findUniqueOrThrow({
      where: { userId_courseId: { userId: payment.userId, courseId: payment.courseId } },
      select: { id: true },
    });
    await emitEnrollmentEvent(tx, "enrollment.revoked", revoked.id);
    await enqueue(tx, "enrolment.ended", { userId: payment.userId, courseId: payment.courseId });
    const course = await tx.course.findUniqueOrThrow({ where: { id: payment.courseId }, select: { slug: true } });
    // A released seat shows on the cached page at once.
    effects.push(async () => void invalidateCourseLanding(course.slug));
  }
  if (payment.cohortId) await offerReleasedSeats(tx, payment.cohortId, now);
  return effects;
}
