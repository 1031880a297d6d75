// A datetime-local field's value, typed in the cohort's zone, as an instant.
import { firstInstantAtOrAfter, parseLocalDate } from "../booking/local-time";

/** "2027-04-12T19:00" in the cohort's zone → the instant (a time skipped by DST starts when the clock jumps). */
export function instantIn(local: string, timeZone: string): Date {
  const [date, time] = local.split("T") as [string, string];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return new Date(firstInstantAtOrAfter(parseLocalDate(date), hours * 60 + minutes, timeZone));
}
