// Sends the reminders that are due. Safe to run anywhere, any number of times at once: each row is
// claimed by one UPDATE … WHERE "sentAt" IS NULL before its mail goes out, so no reminder goes twice.
import { db } from "../db/client";
import { sendReminderMail } from "./booking-mail";
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
    const { count } = await db.bookingReminder.updateMany({
      where: { id: reminder.id, sentAt: null },
      data: { sentAt: now },
    });
    if (count === 0) continue; // another worker claimed it
    await sendReminderMail(booking, kind);
    sent += 1;
  }
  return { sent, dropped };
}
