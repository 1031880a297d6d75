// Weekly learning streak: consecutive weeks (Monday to Sunday, in the learner's time zone) with activity. Pure.

const DAY_MS = 86_400_000;

/** Monday-based week number of an instant as seen in a time zone (week 0 starts Monday 1970-01-05). */
export function weekIndex(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const localDays = Date.UTC(get("year"), get("month") - 1, get("day")) / DAY_MS;
  return Math.floor((localDays - 4) / 7);
}

/**
 * Counts consecutive active weeks ending this week; a week with no activity yet does not break the
 * streak until it is over, so the count may end at last week.
 */
export function weeklyStreak(activity: Date[], now: Date, timeZone: string): number {
  const weeks = new Set(activity.map((at) => weekIndex(at, timeZone)));
  let week = weekIndex(now, timeZone);
  if (!weeks.has(week)) week -= 1;
  let streak = 0;
  while (weeks.has(week)) {
    streak += 1;
    week -= 1;
  }
  return streak;
}
