// Small calendar helpers for the booking pages (browser and server): dates as "YYYY-MM-DD" labels.
import { clockTime, dateFormat } from "@/lib/booking/format";

export function todayIn(timeZone: string): string {
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

export function longDateLabel(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return dateFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(
    Date.UTC(y, m - 1, d),
  );
}

export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return dateFormat("en-GB", { timeZone: "UTC", month: "long", year: "numeric" }).format(Date.UTC(y, m - 1, 1));
}

/** The time of day on the visitor's clock: the same words as the pages and mails (lib/booking/format.ts). */
export function timeLabel(iso: string, timeZone: string, hour12: boolean): string {
  return clockTime(iso, timeZone, hour12);
}
