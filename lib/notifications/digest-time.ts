// When a person's daily digest is due: the hour after 08:00 on their own clock. Pure.
export const DIGEST_LOCAL_HOUR = 8;

/** The person's local date ("2026-12-06") and hour at `now` in `timeZone` (UTC for an unknown zone). */
export function localClock(now: Date, timeZone: string): { date: string; hour: number } {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      hourCycle: "h23",
    }).formatToParts(now);
  } catch {
    return localClock(now, "UTC");
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, hour: Number(get("hour")) };
}

export function isDigestHour(now: Date, timeZone: string): boolean {
  return localClock(now, timeZone).hour === DIGEST_LOCAL_HOUR;
}
