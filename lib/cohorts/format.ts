// How a cohort's dates and a session's time read on pages: dates and clock times in one named zone.
import { clockTime, dateFormat, zoneName } from "../booking/format";

/** "11 Jan – 5 Feb 2027" (the year once when both ends share it), as the dates fall in `timeZone`. */
export function cohortDates(startsAt: Date, endsAt: Date, timeZone: string): string {
  const year = (d: Date) => dateFormat("en-GB", { timeZone, year: "numeric" }).format(d);
  const sameYear = year(startsAt) === year(endsAt);
  const start = dateFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    ...(sameYear ? {} : { year: "numeric" }),
  }).format(startsAt);
  const end = dateFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric" }).format(endsAt);
  return `${start} – ${end}`;
}

/** "Mon 11 Jan". */
export function sessionDay(date: Date, timeZone: string): string {
  return dateFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" }).format(date);
}

/** "18:00–19:30" (or "6:00 PM–7:30 PM"). */
export function sessionTimes(startsAt: Date, endsAt: Date, timeZone: string, hour12 = false): string {
  return `${clockTime(startsAt, timeZone, hour12)}–${clockTime(endsAt, timeZone, hour12)}`;
}

/**
 * Whose clock a page's times use: a signed-in person's saved one (24 h until they choose, as the server shows),
 * a visitor's browser's own (`browserHour12`, false where the page cannot ask the browser).
 */
export function viewerHour12(viewer: { hour12?: boolean } | null, browserHour12 = false): boolean {
  return viewer ? (viewer.hour12 ?? false) : browserHour12;
}

/**
 * The zone and clock a cached page writes cohort times in, and whether that is the reader's own ("your time"):
 * a signed-in person's saved zone and clock (their profile says where they are, wherever the browser is); a
 * visitor's browser's zone and clock once the browser answers (`browser` null: not yet, the cohort's zone, 24 h).
 */
export function viewerZoneClock(
  viewer: { timeZone?: string; hour12?: boolean } | null,
  browser: { zone: string | null; hour12: boolean } | null,
  cohortZone: string,
): { zone: string; hour12: boolean; own: boolean } {
  if (viewer?.timeZone) return { zone: viewer.timeZone, hour12: viewer.hour12 ?? false, own: true };
  const hour12 = browser ? viewerHour12(viewer, browser.hour12) : false;
  return browser?.zone ? { zone: browser.zone, hour12, own: true } : { zone: cohortZone, hour12, own: false };
}

/** "Mon & Thu": the weekdays these instants fall on in `timeZone`, in order, each once. */
export function weekdayList(instants: Date[], timeZone: string): string {
  const days = instants.map((d) => dateFormat("en-GB", { timeZone, weekday: "short" }).format(d));
  return [...new Set(days)].join(" & ");
}

/** "Pacific Time": the zone's name whatever the season, for a list of times on both sides of a DST change. */
export function zoneGenericName(timeZone: string): string {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return "UTC";
  const name =
    dateFormat("en-GB", { timeZone, timeZoneName: "longGeneric" })
      .formatToParts(new Date(0))
      .find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  if (!/^(GMT|UTC)[+−-]/.test(name)) return name;
  return `${timeZone.split("/").pop()?.replace(/_/g, " ")} time`;
}

/** "Pacific Standard Time" for the zone at that instant. */
export { zoneName };

/** "2027-04-12T19:00": the instant as a datetime-local field shows it in `timeZone`. */
export function localInputValue(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    dateFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
