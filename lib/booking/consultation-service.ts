// An advisor's work on their own consultations: notes, outcome, cancelling with a message, and the list.
import { db } from "../db/client";
import { kickOutbox } from "../outbox/kick";
import { enqueueBookingMails } from "./booking-mail";
import { bookingMailSelect } from "./booking-service";
import { BookingError } from "./errors";
import { getOwnAdvisorOrThrow } from "./advisor-service";
import { hashManageToken } from "./manage-token";

/** The booking, if it belongs to this advisor; another advisor's booking reads as missing. */
export async function getOwnBookingOrThrow(userId: string, bookingId: string) {
  const advisor = await getOwnAdvisorOrThrow(userId);
  const booking = await db.booking.findFirst({
    where: { id: bookingId, advisorId: advisor.id },
    select: { id: true, status: true, startsAt: true, email: true, name: true, advisorId: true },
  });
  if (!booking) throw new BookingError("That consultation doesn't exist or isn't yours. Refresh the list.");
  return booking;
}

export async function saveBookingNotes(userId: string, input: { bookingId: string; advisorNotes: string }) {
  const booking = await getOwnBookingOrThrow(userId, input.bookingId);
  await db.booking.update({ where: { id: booking.id }, data: { advisorNotes: input.advisorNotes } });
  return { saved: true };
}

export async function setBookingOutcome(
  userId: string,
  input: { bookingId: string; outcome: "COMPLETED" | "NO_SHOW" },
  now: Date = new Date(),
) {
  const booking = await getOwnBookingOrThrow(userId, input.bookingId);
  if (booking.status === "CANCELLED") throw new BookingError("This consultation was cancelled.");
  if (booking.startsAt > now) throw new BookingError("You can mark a consultation once its time has come.");
  await db.booking.update({ where: { id: booking.id }, data: { status: input.outcome } });
  return { status: input.outcome };
}

export async function advisorCancelBooking(
  userId: string,
  input: { bookingId: string; message: string },
  now: Date = new Date(),
) {
  const booking = await getOwnBookingOrThrow(userId, input.bookingId);
  if (booking.status !== "CONFIRMED" || booking.startsAt <= now)
    throw new BookingError("Only upcoming consultations can be cancelled.");
  await db.$transaction(async (tx) => {
    await tx.booking.update({
      where: { id: booking.id },
      data: {
        status: "CANCELLED",
        cancelledAt: now,
        cancelReason: input.message,
        sequence: { increment: 1 },
        manageTokenHash: hashManageToken(`cancelled:${booking.id}:${now.getTime()}`),
      },
    });
    await tx.bookingReminder.deleteMany({ where: { bookingId: booking.id, sentAt: null } });
    const updated = await tx.booking.findUniqueOrThrow({ where: { id: booking.id }, select: bookingMailSelect });
    await enqueueBookingMails(tx, updated, "cancelled", { message: input.message });
  });
  await kickOutbox();
  return { cancelled: true };
}

export async function listOwnConsultations(userId: string, now: Date = new Date()) {
  const advisor = await getOwnAdvisorOrThrow(userId);
  const select = {
    id: true,
    startsAt: true,
    endsAt: true,
    status: true,
    topic: true,
    name: true,
    email: true,
    timeZone: true,
    currentRole: true,
    goal: true,
    advisorNotes: true,
    cancelReason: true,
    learningPlan: {
      select: {
        sentAt: true,
        note: true,
        items: { orderBy: { position: "asc" as const }, select: { course: { select: { id: true, title: true } } } },
      },
    },
  };
  const [upcoming, past] = await Promise.all([
    db.booking.findMany({
      // A booking the prospect has not confirmed yet is not the advisor's business (lib/booking/confirmation.ts).
      where: { advisorId: advisor.id, startsAt: { gte: now }, confirmedAt: { not: null } },
      orderBy: { startsAt: "asc" },
      take: 100,
      select,
    }),
    db.booking.findMany({
      where: { advisorId: advisor.id, startsAt: { lt: now }, confirmedAt: { not: null } },
      orderBy: { startsAt: "desc" },
      take: 50,
      select,
    }),
  ]);
  return { advisor, upcoming, past };
}
