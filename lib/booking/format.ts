// How a consultation's time reads, for pages, mails and the booking widget alike: the visitor's 12/24-hour
// clock ("9:00 AM" or "09:00", never "09:00 AM") and the zone's name ("Pacific Standard Time", not "GMT-8").

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per locale and options: making one costs far more than using it, and a month of
 * slots formats hundreds of times (on a phone that was most of the booking page's blocking time). */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** The time of day on the visitor's clock. */
export function clockTime(date: Date | string | number, timeZone: string, hour12 = false): string {
  // UTC needs no formatter (the first one a page makes loads the zone data: a long task on a phone, and the booking
  // page draws its times while it loads). The same text Intl writes: a unit test compares every minute of a day.
  if (timeZone === "UTC") return utcClockTime(new Date(date), hour12);
  return dateFormat(hour12 ? "en-US" : "en-GB", {
    timeZone,
    hour: hour12 ? "numeric" : "2-digit",
    minute: "2-digit",
    hour12,
  }).format(new Date(date));
}

function utcClockTime(date: Date, hour12: boolean): string {
  const hours = date.getUTCHours();
  const minutes = String(date.getUTCMinutes()).padStart(2, "0");
  if (!hour12) return `${String(hours).padStart(2, "0")}:${minutes}`;
  // A plain space before AM and PM, as Chromium and Node write en-US (ICU 72's narrow no-break space was reverted).
  return `${hours % 12 || 12}:${minutes} ${hours < 12 ? "AM" : "PM"}`;
}

function datePart(date: Date, timeZone: string, style: "long" | "short"): string {
  return dateFormat("en-GB", {
    timeZone,
    weekday: style,
    day: "numeric",
    month: style,
    ...(style === "long" ? { year: "numeric" } : {}),
  }).format(date);
}

/** The zone's name at that instant ("Central European Summer Time"); where the runtime only knows an offset
 * ("GMT+03:00"), the place in the zone's id ("Istanbul time"). */
export function zoneName(timeZone: string, date: Date = new Date()): string {
  const name =
    dateFormat("en-GB", { timeZone, timeZoneName: "long" })
      .formatToParts(date)
      .find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  if (!/^(GMT|UTC)[+−-]/.test(name)) return name;
  const place = timeZone.split("/").pop()?.replace(/_/g, " ");
  return place && timeZone.includes("/") ? `${place} time (${name})` : name;
}

/** "Monday 7 December 2026 at 9:00 AM, Pacific Standard Time". */
export function formatInZone(date: Date, timeZone: string, hour12 = false): string {
  return `${datePart(date, timeZone, "long")} at ${clockTime(date, timeZone, hour12)}, ${zoneName(timeZone, date)}`;
}

/** "Mon 7 Dec, 9:00 AM": short, for lists of times in one zone already named nearby. */
export function formatTimeInZone(date: Date, timeZone: string, hour12 = false): string {
  return `${datePart(date, timeZone, "short")}, ${clockTime(date, timeZone, hour12)}`;
}
