// The live-session reminders, 24 hours and 1 hour before: each round (session, kind, start) is claimed once by
// a CohortReminder row written in the transaction that puts the members' mails in the outbox, so a restart or a
// second worker never sends a round again. Members are read at sending time: a refunded member gets nothing.
// A session moved later gets a new round for its new start; a cancelled one gets none.
import { db } from "../db/client";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { kickOutbox } from "../outbox/kick";
import { enqueueSessionReminder, type ReminderKind } from "./cohort-mail";

const HOUR = 3_600_000;
/** Each kind's window before the start: the 24-hour reminder gives way to the 1-hour one inside the last hour. */
export const REMINDER_WINDOWS: Record<ReminderKind, { from: number; to: number }> = {
  "24h": { from: 24 * HOUR, to: HOUR },
  "1h": { from: HOUR, to: 0 },
};

export async function sendDueCohortReminders(now: Date = new Date()): Promise<{ rounds: number; mails: number }> {
  let rounds = 0;
  let mails = 0;
  for (const kind of Object.keys(REMINDER_WINDOWS) as ReminderKind[]) {
    const window = REMINDER_WINDOWS[kind];
    const sessions = await db.cohortSession.findMany({
      where: {
        cancelledAt: null,
        startsAt: { gt: new Date(now.getTime() + window.to), lte: new Date(now.getTime() + window.from) },
      },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        title: true,
        startsAt: true,
        reminders: { where: { kind }, select: { startsAt: true } },
        cohort: { select: { id: true, title: true, course: { select: { title: true } } } },
      },
    });
    for (const session of sessions) {
      if (session.reminders.some((r) => r.startsAt.getTime() === session.startsAt.getTime())) continue;
      const sent = await db.$transaction(async (tx) => {
        const members = await tx.user.findMany({
          where: {
            enrollments: { some: { cohortId: session.cohort.id, status: { in: [...LIVE_ENROLLMENT_STATUSES] } } },
          },
          orderBy: { id: "asc" },
          select: { id: true, email: true, name: true, timeZone: true, hour12: true },
        });
        const { count } = await tx.cohortReminder.createMany({
          data: [{ sessionId: session.id, kind, startsAt: session.startsAt, sentAt: now, members: members.length }],
          skipDuplicates: true,
        });
        if (count !== 1) return null; // another worker sent this round
        for (const member of members) await enqueueSessionReminder(tx, session.cohort, session, member, kind);
        return members.length;
      });
      if (sent === null) continue;
      rounds += 1;
      mails += sent;
    }
  }
  if (mails > 0) await kickOutbox();
  return { rounds, mails };
}
