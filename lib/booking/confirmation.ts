// A public booking is confirmed from the link mailed to the address it names. Until then it holds its time
// for HOLD_MINUTES only, and only the prospect is mailed (our words and their first name): so a stranger's
// address cannot be used to fill an advisor's calendar, and the advisor hears of a booking once a person
// who reads that inbox has confirmed it. An expired hold no longer blocks a slot (the slot list and the
// cap counts leave it out) and is cancelled at the next write for its advisor or by the minute job.
import type { Prisma } from "../db/generated/client";

export const HOLD_MINUTES = 30;

type Client = Pick<Prisma.TransactionClient, "booking">;

export function holdCutoff(now: Date): Date {
  return new Date(now.getTime() - HOLD_MINUTES * 60_000);
}

/** Bookings that take up time: not cancelled, and confirmed or still within their hold. */
export function liveBookingWhere(now: Date): Prisma.BookingWhereInput {
  return {
    status: { not: "CANCELLED" },
    OR: [{ confirmedAt: { not: null } }, { createdAt: { gt: holdCutoff(now) } }],
  };
}

/** Cancels the holds never confirmed in time (one advisor's, or all); the exclusion constraint then frees their range. */
export async function releaseExpiredHolds(client: Client, now: Date, advisorId?: string): Promise<number> {
  const { count } = await client.booking.updateMany({
    where: {
      ...(advisorId ? { advisorId } : {}),
      status: "CONFIRMED",
      confirmedAt: null,
      createdAt: { lte: holdCutoff(now) },
    },
    data: { status: "CANCELLED", cancelledAt: now, cancelReason: "Not confirmed from the emailed link in time." },
  });
  return count;
}
