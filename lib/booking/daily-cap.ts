// An advisor's daily cap, held where bookings are written: the slot list counts from a read taken before the
// insert, so parallel requests could all pass it. Each write for one advisor and local date queues on a
// transaction-scoped advisory lock and recounts that date under it.
import type { Prisma } from "../db/generated/client";
import { formatLocalDate, localDateOf } from "./local-time";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Thrown inside the booking transaction: the advisor's date filled up meanwhile (the slot is gone). */
export class DailyCapReached extends Error {
  constructor() {
    super("the advisor's daily cap was reached");
    this.name = "DailyCapReached";
  }
}

export async function holdDailyCap(
  tx: Prisma.TransactionClient,
  advisor: { id: string; timeZone: string; dailyCap: number | null },
  startsAt: Date,
  ignoreBookingId?: string,
): Promise<void> {
  if (advisor.dailyCap === null) return;
  const date = formatLocalDate(localDateOf(startsAt.getTime(), advisor.timeZone));
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`booking-day:${advisor.id}:${date}`}))`;
  // A local date lies within a day and a bit of any instant on it; the filter below decides exactly.
  const near = await tx.booking.findMany({
    where: {
      advisorId: advisor.id,
      status: { not: "CANCELLED" },
      startsAt: { gt: new Date(startsAt.getTime() - 2 * DAY_MS), lt: new Date(startsAt.getTime() + 2 * DAY_MS) },
      ...(ignoreBookingId ? { id: { not: ignoreBookingId } } : {}),
    },
    select: { startsAt: true },
  });
  const taken = near.filter((b) => formatLocalDate(localDateOf(b.startsAt.getTime(), advisor.timeZone)) === date);
  if (taken.length >= advisor.dailyCap) throw new DailyCapReached();
}
