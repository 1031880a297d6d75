// When a learner's enrolment ends (a refund, an admin's revocation), the review calls they booked in that course
// and that have not started are cancelled: the mentor's time is freed and both get the calendar's CANCEL.
// Delivered from the outbox ("enrolment.ended", written in the transaction that ended the enrolment), so a crash
// between the two cannot leave a call standing; a second delivery finds nothing left to cancel.
import { BOOKING_TRANSACTION } from "../booking/booking-service";
import { db } from "../db/client";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { kickOutbox } from "../outbox/kick";
import type { PayloadOf } from "../outbox/topics";
import { enqueueReviewCallMails, reviewCallMailSelect } from "./mail";

export async function cancelCallsOfEndedEnrolment(
  { userId, courseId }: PayloadOf<"enrolment.ended">,
  now: Date = new Date(),
): Promise<number> {
  const cancelled = await db.$transaction(async (tx) => {
    // Enrolled again since (a new purchase): the calls stand.
    const live = await tx.enrollment.count({
      where: { userId, courseId, status: { in: [...LIVE_ENROLLMENT_STATUSES] } },
    });
    if (live > 0) return 0;
    const calls = await tx.booking.findMany({
      where: { status: "CONFIRMED", startsAt: { gt: now }, submission: { userId, project: { courseId } } },
      select: { id: true },
    });
    for (const call of calls) {
      await tx.booking.update({
        where: { id: call.id },
        data: {
          status: "CANCELLED",
          cancelledAt: now,
          cancelReason: "The learner's enrolment ended.",
          sequence: { increment: 1 },
        },
      });
      await tx.bookingReminder.deleteMany({ where: { bookingId: call.id, sentAt: null } });
      const mailed = await tx.booking.findUniqueOrThrow({ where: { id: call.id }, select: reviewCallMailSelect });
      await enqueueReviewCallMails(tx, mailed, "cancelled");
    }
    return calls.length;
  }, BOOKING_TRANSACTION);
  if (cancelled > 0) await kickOutbox();
  return cancelled;
}
