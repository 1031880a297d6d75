// Bookings a page at a time by id, for the public API: an advisor's own (by their user id), or all (null).
import { db } from "../db/client";

export function listBookingsPage(advisorUserId: string | null, afterId: string | undefined, take: number) {
  return db.booking.findMany({
    where: {
      ...(advisorUserId ? { advisor: { userId: advisorUserId } } : {}),
      ...(afterId ? { id: { gt: afterId } } : {}),
    },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true,
      status: true,
      startsAt: true,
      endsAt: true,
      topic: true,
      name: true,
      email: true,
      timeZone: true,
      createdAt: true,
      advisor: { select: { user: { select: { name: true } } } },
    },
  });
}
