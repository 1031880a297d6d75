// Sends the reminders that are due. Safe to run anywhere, any number of times at once: each row is
// claimed by one UPDATE … WHERE "sentAt" IS NULL in the transaction that puts its mail in the outbox, so no
// reminder goes twice and none is marked sent without its mail.
import { db } from "../db/client";
import { kickOutbox } from "../outbox/kick";
import { enqueueReminderMail } from "./booking-mail";
import { bookingMailSelect } from "./booking-service";
import { REMINDER_OFFSETS, type ReminderKind } from "./reminders";

export async function sendDueReminders(now: Date = new Date()): Promise<{ sent: number; dropped: number }> {
  const due = await db.bookingReminder.findMany({
    where: { sentAt: null, dueAt: { lte: now } },
    orderBy: { dueAt: "asc" },
    take: 100,
    select: { id: true, kind: true, sequence: true, booking: { select: { ...bookingMailSelect, status: true } } },
  });
  let sent = 0;
  let dropped = 0;
  for (const reminder of due) {
    const { booking } = reminder;
    const kind = reminder.kind as ReminderKind;
    const untilStart = booking.startsAt.getTime() - now.getTime();
    // Stale rows (cancelled, never confirmed, moved, or a 24-hour reminder overtaken by the 1-hour one) are dropped, never sent.
    const stale =
      booking.status !== "CONFIRMED" ||
      booking.confirmedAt === null ||
      booking.sequence !== reminder.sequence ||
      untilStart <= 0 ||
      !(kind in REMINDER_OFFSETS) ||
      (kind === "24h" && untilStart <= REMINDER_OFFSETS["1h"]);
    if (stale) {
      await db.bookingReminder.deleteMany({ where: { id: reminder.id, sentAt: null } });
      dropped += 1;
      continue;
    }
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.bookingReminder.updateMany({
        where: { id: reminder.id, sentAt: null },
        data: { sentAt: now },
      });
      if (count === 1) await enqueueReminderMail(tx, booking, kind);
      return count === 1; // 0: another worker claimed it
    });
    if (claimed) sent += 1;
  }
  if (sent > 0) await kickOutbox();
  return { sent, dropped };
}
