// Wall-clock arithmetic in an IANA zone. The offsets come from @date-fns/tz (the runtime's tz database);
// this file only decides which instants a local date and time can mean.
import { tzOffset as readOffset } from "@date-fns/tz";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const QUARTER_HOUR = 15 * MINUTE;

// Reading an offset through Intl costs ~15 µs, and slot computation asks for the same ones many times.
// Every offset change in the tz database falls on a quarter hour UTC, so the offset at the start of an
// instant's quarter hour is its offset: cache by quarter hour.
const offsetCache = new Map<string, Map<number, number>>();

function tzOffset(timeZone: string, date: Date): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  const bucket = Math.floor(date.getTime() / QUARTER_HOUR);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    if (zone.size > 50_000) zone.clear();
    offset = readOffset(timeZone, new Date(bucket * QUARTER_HOUR));
    zone.set(bucket, offset);
  }
  return offset;
}

export type LocalDate = { year: number; month: number; day: number };

/** "2026-03-29" for a local date (month 1..12). */
export function formatLocalDate({ year, month, day }: LocalDate): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseLocalDate(value: string): LocalDate {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** The calendar date an instant falls on in `timeZone`. */
export function localDateOf(instant: number, timeZone: string): LocalDate {
  const shifted = new Date(instant + tzOffset(timeZone, new Date(instant)) * MINUTE);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The local date `days` later (calendar arithmetic, no zone involved). */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as in AvailabilityRule.weekday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** The wall-clock time written as if it were UTC: the starting point for finding the real instants. */
function naiveUtc(date: LocalDate, minute: number): number {
  return Date.UTC(date.year, date.month - 1, date.day) + minute * MINUTE;
}

/**
 * Every instant at which the clock in `timeZone` shows `minute` on `date`: none in a spring-forward gap,
 * two in an autumn overlap (earlier first), one otherwise. Offsets are sampled a day either side,
 * which holds as long as a zone changes its offset at most once in two days (true of every modern zone).
 */
export function instantsAt(date: LocalDate, minute: number, timeZone: string): number[] {
  const naive = naiveUtc(date, minute);
  const offsets = new Set([tzOffset(timeZone, new Date(naive - DAY)), tzOffset(timeZone, new Date(naive + DAY))]);
  const instants: number[] = [];
  for (const offset of offsets) {
    const instant = naive - offset * MINUTE;
    if (tzOffset(timeZone, new Date(instant)) === offset) instants.push(instant);
  }
  return instants.sort((a, b) => a - b);
}

/**
 * The instant a local date's wall-clock `minute` first begins, for range ends: in a gap, the moment the
 * clock jumps past it (a window "until 01:30" on a day that skips 01:00–02:00 ends at 02:00).
 */
export function firstInstantAtOrAfter(date: LocalDate, minute: number, timeZone: string): number {
  const exact = instantsAt(date, minute, timeZone);
  if (exact.length > 0) return exact[0]!;
  // In a gap the wall time never shows; the range really ends when the clock jumps over it. The jump
  // lies between the instant read with the offset after it and the one read with the offset before it.
  const naive = naiveUtc(date, minute);
  const before = tzOffset(timeZone, new Date(naive - DAY));
  let low = naive - tzOffset(timeZone, new Date(naive + DAY)) * MINUTE;
  let high = naive - before * MINUTE;
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (tzOffset(timeZone, new Date(middle)) === before) low = middle;
    else high = middle;
  }
  return high;
}

/** The last instant a local wall-clock `minute` means (the later one in an overlap). */
export function lastInstantAt(date: LocalDate, minute: number, timeZone: string): number {
  const exact = instantsAt(date, minute, timeZone);
  return exact.length > 0 ? exact[exact.length - 1]! : firstInstantAtOrAfter(date, minute, timeZone);
}

/** One offset for the whole local day, or null when the zone changes its offset during it. */
export function steadyOffsetOn(date: LocalDate, timeZone: string): number | null {
  // The local day lies within [start - 14 h, start + 38 h]; samples on the midnight grid are shared by
  // neighbouring days, so the cache answers most of them.
  const start = naiveUtc(date, 0);
  const a = tzOffset(timeZone, new Date(start - DAY));
  for (const at of [start, start + DAY, start + 2 * DAY]) if (tzOffset(timeZone, new Date(at)) !== a) return null;
  return a;
}

export const MINUTE_MS = MINUTE;
