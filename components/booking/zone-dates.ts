// Small calendar helpers for the booking pages (browser and server): dates as "YYYY-MM-DD" labels.
import { clockTime, dateFormat } from "@/lib/booking/format";

export function todayIn(timeZone: string): string {
  // UTC (the zone of a visitor the page does not know yet) needs no formatter: the first Intl.DateTimeFormat with
  // a zone loads the zone data, a long task on a phone, and this runs while the booking page hydrates.
  if (timeZone === "UTC") return new Date().toISOString().slice(0, 10);
  const parts = dateFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date());
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "01";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

export function monthDays(month: string): string[] {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const count = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`);
}

export function shiftMonth(month: string, delta: number): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(year, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Monday-first column (0..6) of a date label. */
export function weekColumn(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

// Calendar labels are English words for a date with no zone: plain arithmetic, not an Intl.DateTimeFormat (making
// one costs milliseconds on a phone, and the booking page draws these while it loads).
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "Monday 7 December", as en-GB writes it. */
export function longDateLabel(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${WEEKDAY_NAMES[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${MONTH_NAMES[m - 1]}`;
}

/** "December 2026". */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** The time of day on the visitor's clock: the same words as the pages and mails (lib/booking/format.ts). */
export function timeLabel(iso: string, timeZone: string, hour12: boolean): string {
  return clockTime(iso, timeZone, hour12);
}
