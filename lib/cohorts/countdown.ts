// "in 2 days 4 hours", "in 35 minutes": how long until a session starts, to the unit that matters. Pure.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function formatCountdown(ms: number): string {
  if (ms <= 0) return "now";
  if (ms < HOUR) return `in ${unit(Math.max(1, Math.ceil(ms / MINUTE)), "minute")}`;
  if (ms < DAY) {
    const hours = Math.floor(ms / HOUR);
    const minutes = Math.floor((ms % HOUR) / MINUTE);
    return `in ${unit(hours, "hour")}${minutes ? ` ${unit(minutes, "minute")}` : ""}`;
  }
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  return `in ${unit(days, "day")}${hours ? ` ${unit(hours, "hour")}` : ""}`;
}
