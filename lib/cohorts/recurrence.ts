// A cohort's weekly schedule ("Mondays and Thursdays at 18:00 for 90 minutes in Europe/Berlin for 5 weeks from
// 2027-03-15") expanded into the instants of its sessions. Pure. The wall-clock time is what stays: across a DST
// change the UTC instant moves by the change, as people in that zone expect.
import { z } from "zod";
import { addLocalDays, firstInstantAtOrAfter, parseLocalDate, weekdayOf, formatLocalDate } from "../booking/local-time";
import { isValidTimeZone } from "../validation/time-zone";

/** Index = the local weekday as Date#getUTCDay numbers it (0 = Sunday). */
export const WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MAX_WEEKS = 52;

export const recurrenceSchema = z
  .strictObject({
    weekdays: z
      .array(z.enum(WEEKDAYS, { error: "Weekdays are MON, TUE, WED, THU, FRI, SAT or SUN." }))
      .min(1, "Choose at least one weekday.")
      .max(7, "A week has seven days."),
    time: z
      .string({ error: "Enter the start time as HH:MM, for example 18:00." })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the start time as HH:MM, for example 18:00."),
    durationMinutes: z
      .number({ error: "Enter how long each session lasts, in minutes." })
      .int("Enter the length in whole minutes.")
      .min(15, "A session must end after it starts and last at least 15 minutes.")
      .max(8 * 60, "A session lasts at most 8 hours."),
    timeZone: z
      .string({ error: "Choose the cohort's time zone." })
      .refine(isValidTimeZone, "Unknown time zone: use an IANA name such as Europe/Berlin or America/New_York."),
    from: z.iso.date("Enter the first date as YYYY-MM-DD."),
    weeks: z
      .number({ error: "Enter for how many weeks the sessions run." })
      .int("Enter a whole number of weeks.")
      .min(1, "A schedule runs for at least one week.")
      .max(MAX_WEEKS, `A schedule runs for at most ${MAX_WEEKS} weeks.`),
    /** The last date a session may fall on, when the schedule stops before its weeks are over. */
    until: z.iso.date("Enter the last date as YYYY-MM-DD.").optional(),
  })
  .refine((rule) => rule.until === undefined || rule.until >= rule.from, {
    path: ["until"],
    message: "The schedule ends before it starts: choose a last date on or after the first.",
  });

export type RecurrenceInput = z.input<typeof recurrenceSchema>;
export type Occurrence = { startsAt: Date; endsAt: Date; localDate: string; weekday: Weekday };

/**
 * Every session of the schedule, earliest first. Throws the ZodError of `recurrenceSchema` for bad input.
 * A start time that a spring-forward change skips begins when the clock jumps past it; one that an autumn
 * change repeats is the first of the two.
 */
export function expandRecurrence(input: RecurrenceInput): Occurrence[] {
  const rule = recurrenceSchema.parse(input);
  const [hours, minutes] = rule.time.split(":").map(Number) as [number, number];
  const minute = hours * 60 + minutes;
  const wanted = new Set(rule.weekdays);
  const first = parseLocalDate(rule.from);
  const occurrences: Occurrence[] = [];
  for (let offset = 0; offset < rule.weeks * 7; offset += 1) {
    const date = addLocalDays(first, offset);
    const localDate = formatLocalDate(date);
    if (rule.until && localDate > rule.until) break;
    const weekday = WEEKDAYS[weekdayOf(date)]!;
    if (!wanted.has(weekday)) continue;
    const start = firstInstantAtOrAfter(date, minute, rule.timeZone);
    occurrences.push({
      startsAt: new Date(start),
      endsAt: new Date(start + rule.durationMinutes * 60_000),
      localDate,
      weekday,
    });
  }
  return occurrences;
}
