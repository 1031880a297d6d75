// Booking, moving and cancelling a project review call. A call is a Booking on the mentor's Advisor row, so the
// same exclusion constraint that guards consultations keeps a mentor from ever being in two places at once.
import { createHash, randomBytes } from "node:crypto";
import { ADVISOR_FOR_BOOKING, BOOKING_TRANSACTION } from "../booking/booking-service";
import { releaseExpiredHolds } from "../booking/confirmation";
import { DailyCapReached, holdDailyCap } from "../booking/daily-cap";
import { findOpenSlots } from "../booking/queries";
import { plannedReminders } from "../booking/reminders";
import { minutesForTopic } from "../booking/topics";
import type { CohortUser } from "../cohorts/staff";
import { isOverlapViolation, isUniqueViolation } from "../db/constraint-errors";
import { db } from "../db/client";
import { kickOutbox } from "../outbox/kick";
import { callableSubmissionOrThrow, callMentorOrThrow } from "./access";
import { ReviewCallError, SLOT_TAKEN_MESSAGE } from "./errors";
import { enqueueReviewCallMails, reviewCallMailSelect } from "./mail";
import type { BookReviewCallInput } from "./schema";

const DAY_MS = 24 * 60 * 60 * 1000;
const TOPIC = "OTHER" as const;

/** The learner's call for the project (on any of their submissions of it) that still takes up time, if any. */
export function liveCallOf(submission: { userId: string; project: { id: string } }) {
  return db.booking.findFirst({
    where: { status: "CONFIRMED", submission: { userId: submission.userId, projectId: submission.project.id } },
    select: { id: true, advisorId: true, startsAt: true, advisor: { select: { changeCutoffHours: true } } },
  });
}

function changeableOrThrow(call: { startsAt: Date; advisor: { changeCutoffHours: number } }, now: Date) {
  const closesAt = call.startsAt.getTime() - call.advisor.changeCutoffHours * 60 * 60 * 1000;
  if (now.getTime() >= closesAt)
    throw new ReviewCallError(
      `Changes close ${call.advisor.changeCutoffHours} hours before the call. Write to your mentor if you cannot make it.`,
    );
}

/** Books a call for the learner's submission, or moves its live call (to another time or mentor). */
export async function bookReviewCall(user: CohortUser, input: BookReviewCallInput, now: Date = new Date()) {
  const submission = await callableSubmissionOrThrow(user, input.submissionId);
  const mentor = await callMentorOrThrow(submission.cohortId, input.mentorId);
  const existing = await liveCallOf(submission);
  if (existing) {
    changeableOrThrow(existing, now);
    // Each mentor's calendar holds its own invite: a move stays with the mentor, a new mentor is a new call.
    if (existing.advisorId !== mentor.id)
      throw new ReviewCallError("To talk to another mentor, cancel this call first, then book with them.");
  }
  if (input.startsAt.getTime() <= now.getTime())
    throw new ReviewCallError("That time has passed. Choose a time from the list.");

  const window = { from: new Date(input.startsAt.getTime() - DAY_MS), to: new Date(input.startsAt.getTime() + DAY_MS) };
  const slots = await findOpenSlots({
    topic: TOPIC,
    advisorId: mentor.id,
    ...window,
    now,
    purpose: "review-call",
    ignoreBookingId: existing?.id,
  });
  if (!slots.some((slot) => slot.start === input.startsAt.getTime()))
    throw new ReviewCallError("That time is not free. Pick one of the times shown.");

  const advisor = await db.advisor.findUniqueOrThrow({
    where: { id: mentor.id },
    select: ADVISOR_FOR_BOOKING,
  });
  const startsAt = input.startsAt;
  const endsAt = new Date(startsAt.getTime() + minutesForTopic(advisor, TOPIC) * 60_000);
  const timing = {
    advisorId: advisor.id,
    startsAt,
    endsAt,
    blockStart: new Date(startsAt.getTime() - advisor.bufferBeforeMinutes * 60_000),
    blockEnd: new Date(endsAt.getTime() + advisor.bufferMinutes * 60_000),
  };
  try {
    const call = await db.$transaction(async (tx) => {
      await releaseExpiredHolds(tx, now, advisor.id);
      await holdDailyCap(tx, advisor, startsAt, existing?.id);
      if (existing) {
        // Moved in place: the same UID, the next SEQUENCE, fresh reminders. The compare on the old time makes
        // a parallel move (or cancel) lose cleanly instead of writing over it.
        const { count } = await tx.booking.updateMany({
          where: { id: existing.id, status: "CONFIRMED", startsAt: existing.startsAt, advisorId: existing.advisorId },
          data: { ...timing, sequence: { increment: 1 } },
        });
        if (count === 0) throw new ReviewCallError("This call was changed a moment ago. Reload the page.");
        const moved = await tx.booking.findUniqueOrThrow({ where: { id: existing.id }, select: reviewCallMailSelect });
        await tx.bookingReminder.deleteMany({ where: { bookingId: moved.id, sentAt: null } });
        await tx.bookingReminder.createMany({
          data: plannedReminders(startsAt, moved.sequence, now).map((r) => ({ ...r, bookingId: moved.id })),
        });
        await enqueueReviewCallMails(tx, moved, "moved");
        return moved;
      }
      const created = await tx.booking.create({
        data: {
          id: `rc${randomBytes(12).toString("hex")}`,
          ...timing,
          userId: user.id,
          submissionId: submission.id,
          topic: TOPIC,
          name: submission.user.name ?? "A learner",
          email: submission.user.email,
          timeZone: submission.user.timeZone,
          hour12: submission.user.hour12 ?? false,
          goal: `Review call for "${submission.project.title}"`,
          // Signed in: there is no emailed link to confirm from, and no manage link (the project page is it).
          confirmedAt: now,
          manageTokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
          reminders: { create: plannedReminders(startsAt, 0, now) },
        },
        select: reviewCallMailSelect,
      });
      await enqueueReviewCallMails(tx, created, "booked");
      return created;
    }, BOOKING_TRANSACTION);
    await kickOutbox();
    return { bookingId: call.id, startsAt: call.startsAt.toISOString(), endsAt: call.endsAt.toISOString() };
  } catch (error) {
    if (isOverlapViolation(error) || error instanceof DailyCapReached) throw new ReviewCallError(SLOT_TAKEN_MESSAGE);
    if (isUniqueViolation(error))
      throw new ReviewCallError("This submission already has a review call. Reload the page to see it.");
    throw error;
  }
}

/** Cancels the learner's live call for the submission's project. */
export async function cancelReviewCall(user: CohortUser, submissionId: string, now: Date = new Date()) {
  const submission = await callableSubmissionOrThrow(user, submissionId);
  const existing = await liveCallOf(submission);
  if (!existing) throw new ReviewCallError("There is no review call booked for this project.");
  changeableOrThrow(existing, now);
  await db.$transaction(async (tx) => {
    const { count } = await tx.booking.updateMany({
      where: { id: existing.id, status: "CONFIRMED", startsAt: existing.startsAt },
      data: {
        status: "CANCELLED",
        cancelledAt: now,
        cancelReason: "Cancelled by the learner.",
        sequence: { increment: 1 },
      },
    });
    if (count === 0) throw new ReviewCallError("This call was changed a moment ago. Reload the page.");
    await tx.bookingReminder.deleteMany({ where: { bookingId: existing.id, sentAt: null } });
    const cancelled = await tx.booking.findUniqueOrThrow({ where: { id: existing.id }, select: reviewCallMailSelect });
    await enqueueReviewCallMails(tx, cancelled, "cancelled");
  }, BOOKING_TRANSACTION);
  await kickOutbox();
  return { cancelled: true as const };
}
