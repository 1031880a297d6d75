// What a prospect can do from the link in their email: look, reschedule, cancel. No account needed:
// the signed link is the authority, and only the newest link of a booking is honoured.
import { getAuthSecret } from "../auth/secret";
import { db } from "../db/client";
import { kickOutbox } from "../outbox/kick";
import { enqueueBookingMails } from "./booking-mail";
import { BOOKING_TRANSACTION, bookingMailSelect, slotTakenError } from "./booking-service";
import { holdCutoff, releaseExpiredHolds } from "./confirmation";
import { DailyCapReached, holdDailyCap } from "./daily-cap";
import { BookingError } from "./errors";
import { isOverlapViolation } from "../db/constraint-errors";
import { createManageToken, hashManageToken, verifyManageToken } from "./manage-token";
import { findOpenSlots } from "./queries";
import { plannedReminders } from "./reminders";

const DAY_MS = 24 * 60 * 60 * 1000;

const managedSelect = {
  ...bookingMailSelect,
  createdAt: true,
  status: true,
  manageTokenHash: true,
  advisorId: true,
  advisor: { select: { ...bookingMailSelect.advisor.select, changeCutoffHours: true } },
} as const;

/** The booking a link points at, or a sentence saying why the link cannot be used. */
export async function bookingForToken(token: string, now: Date = new Date()) {
  const check = verifyManageToken(getAuthSecret(), token, now.getTime());
  if (!check.ok)
    throw new BookingError(
      check.reason === "EXPIRED"
        ? "This link has expired: the consultation has already started or passed."
        : "This link is not valid. Use the newest link from your booking email.",
    );
  const booking = await db.booking.findUnique({ where: { id: check.bookingId }, select: managedSelect });
  if (booking?.status === "CANCELLED")
    throw new BookingError("This consultation is cancelled. You can book a new one whenever you like.");
  if (!booking || booking.manageTokenHash !== hashManageToken(token))
    throw new BookingError(
      "This link has been replaced by a newer one. Use the link in your most recent booking email.",
    );
  const awaitingConfirmation = booking.confirmedAt === null;
  if (awaitingConfirmation && booking.createdAt <= holdCutoff(now))
    throw new BookingError(
      "This booking was not confirmed in time, so the time was released. You can book again whenever you like.",
    );
  const changesCloseAt = new Date(booking.startsAt.getTime() - booking.advisor.changeCutoffHours * 60 * 60 * 1000);
  return {
    booking,
    changesCloseAt,
    awaitingConfirmation,
    canChange: booking.status === "CONFIRMED" && now < changesCloseAt,
  };
}

/** The prospect confirms from the emailed link: now the advisor is told and both get the invite. */
export async function confirmByToken(token: string, now: Date = new Date()) {
  const found = await bookingForToken(token, now);
  if (found.booking.status !== "CONFIRMED") throw new BookingError("This consultation can no longer be confirmed.");
  if (!found.awaitingConfirmation) return { confirmed: true as const };
  const confirmed = await db.$transaction(async (tx) => {
    const { count } = await tx.booking.updateMany({
      where: {
        id: found.booking.id,
        status: "CONFIRMED",
        confirmedAt: null,
        manageTokenHash: found.booking.manageTokenHash,
        createdAt: { gt: holdCutoff(now) },
      },
      data: { confirmedAt: now },
    });
    // A second click (or a parallel one) finds it confirmed: the mails went out once.
    if (count === 1) await enqueueBookingMails(tx, found.booking, "confirmed", { manageToken: token });
    return count === 1;
  }, BOOKING_TRANSACTION);
  if (confirmed) await kickOutbox();
  return { confirmed: true as const };
}

async function changeable(token: string, now: Date) {
  const found = await bookingForToken(token, now);
  if (found.booking.status !== "CONFIRMED") throw new BookingError("This consultation has already taken place.");
  if (!found.canChange)
    throw new BookingError(
      "Changes are closed this close to the call. Please contact your advisor by replying to the email.",
    );
  return found.booking;
}

export async function cancelByToken(token: string, now: Date = new Date()) {
  const booking = await changeable(token, now);
  await db.$transaction(async (tx) => {
    // The compare on the token hash makes a second click (or a replayed link) a no-op.
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, status: "CONFIRMED", manageTokenHash: booking.manageTokenHash },
      data: {
        status: "CANCELLED",
        cancelledAt: now,
        sequence: { increment: 1 },
        manageTokenHash: hashManageToken(`cancelled:${booking.id}:${now.getTime()}`),
      },
    });
    if (count === 0)
      throw new BookingError("This consultation was changed a moment ago. Open the newest link from your email.");
    await tx.bookingReminder.deleteMany({ where: { bookingId: booking.id, sentAt: null } });
    const updated = await tx.booking.findUniqueOrThrow({ where: { id: booking.id }, select: bookingMailSelect });
    await enqueueBookingMails(tx, updated, "cancelled", { advisor: booking.confirmedAt !== null });
  }, BOOKING_TRANSACTION);
  await kickOutbox();
  return { cancelled: true as const };
}

export async function rescheduleByToken(token: string, startsAt: Date, now: Date = new Date()) {
  const booking = await changeable(token, now);
  if (booking.confirmedAt === null) throw new BookingError("Confirm this consultation first; then you can move it.");
  if (startsAt.getTime() === booking.startsAt.getTime())
    throw new BookingError("That is the time you already have. Choose a different one.");
  const window = { from: new Date(startsAt.getTime() - 2 * DAY_MS), to: new Date(startsAt.getTime() + 2 * DAY_MS) };
  const slots = await findOpenSlots({
    topic: booking.topic,
    advisorId: booking.advisorId,
    ...window,
    now,
    ignoreBookingId: booking.id,
  });
  if (!slots.some((slot) => slot.start === startsAt.getTime()))
    throw slotTakenError(slots, startsAt, booking, "That time is not available.");

  const advisor = await db.advisor.findUniqueOrThrow({
    where: { id: booking.advisorId },
    select: { id: true, timeZone: true, dailyCap: true, bufferBeforeMinutes: true, bufferMinutes: true },
  });
  const endsAt = new Date(startsAt.getTime() + (booking.endsAt.getTime() - booking.startsAt.getTime()));
  const newToken = createManageToken(getAuthSecret(), booking.id, startsAt.getTime());
  try {
    const updated = await db.$transaction(async (tx) => {
      await releaseExpiredHolds(tx, now, advisor.id);
      await holdDailyCap(tx, advisor, startsAt, booking.id);
      const { count } = await tx.booking.updateMany({
        where: { id: booking.id, status: "CONFIRMED", manageTokenHash: booking.manageTokenHash },
        data: {
          startsAt,
          endsAt,
          blockStart: new Date(startsAt.getTime() - advisor.bufferBeforeMinutes * 60_000),
          blockEnd: new Date(endsAt.getTime() + advisor.bufferMinutes * 60_000),
          sequence: { increment: 1 },
          manageTokenHash: hashManageToken(newToken),
        },
      });
      if (count === 0)
        throw new BookingError("This consultation was changed a moment ago. Open the newest link from your email.");
      const fresh = await tx.booking.findUniqueOrThrow({ where: { id: booking.id }, select: bookingMailSelect });
      await tx.bookingReminder.deleteMany({ where: { bookingId: booking.id, sentAt: null } });
      await tx.bookingReminder.createMany({
        data: plannedReminders(startsAt, fresh.sequence, now).map((r) => ({ ...r, bookingId: booking.id })),
      });
      await enqueueBookingMails(tx, fresh, "rescheduled", { manageToken: newToken });
      return fresh;
    }, BOOKING_TRANSACTION);
    await kickOutbox();
    return { bookingId: updated.id, startsAt: updated.startsAt.toISOString(), endsAt: updated.endsAt.toISOString() };
  } catch (error) {
    if (isOverlapViolation(error) || error instanceof DailyCapReached)
      throw slotTakenError(
        await findOpenSlots({
          topic: booking.topic,
          advisorId: booking.advisorId,
          ...window,
          now,
          ignoreBookingId: booking.id,
        }),
        startsAt,
        booking,
      );
    throw error;
  }
}
