// Reminder rows are written in the same transaction as the booking change, and sent by the job runner.
const HOUR_MS = 60 * 60 * 1000;

export const REMINDER_OFFSETS = { "24h": 24 * HOUR_MS, "1h": HOUR_MS } as const;
export type ReminderKind = keyof typeof REMINDER_OFFSETS;

/** The reminders still worth sending for a meeting at `startsAt` (none whose moment has passed). */
export function plannedReminders(
  startsAt: Date,
  sequence: number,
  now: Date,
): Array<{ kind: ReminderKind; sequence: number; dueAt: Date }> {
  return (Object.keys(REMINDER_OFFSETS) as ReminderKind[])
    .map((kind) => ({ kind, sequence, dueAt: new Date(startsAt.getTime() - REMINDER_OFFSETS[kind]) }))
    .filter((reminder) => reminder.dueAt.getTime() > now.getTime());
}
