// How a consultation's time reads in a given zone, for pages and mails.
export function formatInZone(date: Date, timeZone: string, hour12 = false): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12,
    timeZoneName: "short",
  }).format(date);
}

export function formatTimeInZone(date: Date, timeZone: string, hour12 = false): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hour12,
  }).format(date);
}
