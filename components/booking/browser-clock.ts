// The browser's time zone and 12/24-hour clock, which the server cannot know. Read in a worker (clock.worker.ts):
// the first Intl object a page makes loads ICU's data (the zone data for a zone, the locale data for the hour
// cycles), 20–35 ms each on this machine and four times that on a phone, right while the booking page loads.
// Also the fallback on the main thread where a worker cannot start.

export type BrowserClock = { zone: string | null; hour12: boolean };

/** Whether the browser's language writes a 12-hour clock, from the locale's hour cycles. */
function browserHour12(language: string): boolean {
  const locale = new Intl.Locale(language) as Intl.Locale & {
    hourCycles?: string[];
    getHourCycles?: () => string[];
  };
  const cycles = locale.getHourCycles?.() ?? locale.hourCycles;
  if (cycles?.length) return cycles[0] === "h12" || cycles[0] === "h11";
  return new Intl.DateTimeFormat(language, { hour: "numeric" }).resolvedOptions().hour12 ?? false;
}

/** The zone and clock of this browser (or worker: both see the browser's language and zone). */
export function browserClock(): BrowserClock {
  let hour12 = false;
  try {
    hour12 = browserHour12(navigator.language || "en");
  } catch {
    // An unknown language tag: a 24-hour clock, which the person can change.
  }
  return { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || null, hour12 };
}
