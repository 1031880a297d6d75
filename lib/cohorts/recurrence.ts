// A cohort's weekly schedule ("Mondays and Thursdays at 18:00 for 90 minutes in Europe/Berlin for 5 weeks from
// 2027-03-15", or "... 10 sessions", or "... until 2027-04-30") expanded into the instants of its sessions. Pure.
// The wall-clock time is what stays: across a DST change the UTC instant moves by the change, as people in that
// zone expect.
import { z } from "zod";
import {
  addLocalDays,
  firstInstantAtOrAfter,
  formatLocalDate,
  parseLocalDate,
  weekdayOf,
  type LocalDate,
} from "../booking/local-time";
import { isValidTimeZone } from "../validation/time-zone";

/** Index = the local weekday as Date#getUTCDay numbers it (0 = Sunday). */
export const WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MAX_WEEKS = 52;
/** A series longer than this is almost always a typo (a year instead of a month); it also bounds one write. */
export const MAX_OCCURRENCES = 60;

type Rule = { weekdays: readonly Weekday[]; from: string; weeks?: number; count?: number; until?: string };
type LocalDay = { date: LocalDate; localDate: string; weekday: Weekday };

const hasEnd = (rule: { weeks?: number; count?: number; until?: string }) =>
  rule.weeks !== undefined || rule.count !== undefined || rule.until !== undefined;

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
      .max(MAX_WEEKS, `A schedule runs for at most ${MAX_WEEKS} weeks.`)
      .optional(),
    /** How many sessions, when the series ends after a number of them. */
    count: z
      .number({ error: "Enter how many sessions the series has." })
      .int("Enter a whole number of sessions.")
      .min(1, "A series has at least one session.")
      .max(MAX_OCCURRENCES, `A series has at most ${MAX_OCCURRENCES} sessions: split a longer schedule in two.`)
      .optional(),
    /** The last date a session may fall on, when the schedule stops before its weeks are over. */
    until: z.iso.date("Enter the last date as YYYY-MM-DD.").optional(),
  })
  .refine(hasEnd, {
    path: ["count"],
    message: "Say when the series ends: after a number of sessions, or on a last date.",
  })
  .refine((rule) => rule.until === undefined || rule.until >= rule.from, {
    path: ["until"],
    message: "The schedule ends before it starts: choose a last date on or after the first.",
  })
  // With a count the count field itself is the limit (and says so); otherwise the dates are counted.
  .refine((rule) => rule.count !== undefined || !hasEnd(rule) || localDatesOf(rule).length <= MAX_OCCURRENCES, {
    path: ["until"],
    message: `A series has at most ${MAX_OCCURRENCES} sessions: choose an earlier last date or fewer weekdays.`,
  });

export type RecurrenceInput = z.input<typeof recurrenceSchema>;
export type Occurrence = { startsAt: Date; endsAt: Date; localDate: string; weekday: Weekday };

/**
 * The local dates of the series, earliest first, by whichever end comes first (weeks, count, until). Stops one
 * past MAX_OCCURRENCES, enough for the schema to refuse a longer series without walking years of days.
 */
function localDatesOf(rule: Rule): LocalDay[] {
  const wanted = new Set(rule.weekdays);
  const first = parseLocalDate(rule.from);
  const limit = Math.min(rule.count ?? MAX_OCCURRENCES + 1, MAX_OCCURRENCES + 1);
  const days = rule.weeks === undefined ? Number.POSITIVE_INFINITY : rule.weeks * 7;
  const dates: LocalDay[] = [];
  // Every week holds at least one wanted day, so `limit` weeks always reach `limit` dates.
  for (let offset = 0; offset < days && offset < limit * 7 && dates.length < limit; offset += 1) {
    const date = addLocalDays(first, offset);
    const localDate = formatLocalDate(date);
    if (rule.until && localDate > rule.until) break;
    const weekday = WEEKDAYS[weekdayOf(date)]!;
    if (wanted.has(weekday)) dates.push({ date, localDate, weekday });
  }
  return dates;
}

/**
 * Every session of the schedule, earliest first. Throws the ZodError of `recurrenceSchema` for bad input.
 * A start time that a spring-forward change skips begins when the clock jumps past it; one that an autumn
 * change repeats is the first of the two.
 */
export function expandRecurrence(input: RecurrenceInput): Occurrence[] {
  const rule = recurrenceSchema.parse(input);
  const [hours, minutes] = rule.time.split(":").map(Number) as [number, number];
  const minute = hours * 60 + minutes;
  return localDatesOf(rule).map(({ date, localDate, weekday }) => {
    const start = firstInstantAtOrAfter(date, minute, rule.timeZone);
    return {
      startsAt: new Date(start),
      endsAt: new Date(start + rule.durationMinutes * 60_000),
      localDate,
      weekday,
    };
  });
}
