// When things of a cohort course happen in the cohort's zone: a project's deadline (23:59 local on the day
// `deadlineDay` days after the cohort's first day) and a module's drip release (local midnight, `releaseDay`
// days after the first day). Pure; the wall-clock time is what stays across DST changes.
import { addLocalDays, firstInstantAtOrAfter, localDateOf, type LocalDate } from "../booking/local-time";

const LAST_MINUTE = 23 * 60 + 59;

function dayOfCohort(cohortStartsAt: Date, timeZone: string, days: number): LocalDate {
  return addLocalDays(localDateOf(cohortStartsAt.getTime(), timeZone), days);
}

/** The last instant a submission is on time: 23:59:59.999 local on the deadline day. */
export function projectDeadline(cohortStartsAt: Date, timeZone: string, deadlineDay: number): Date {
  const minute = firstInstantAtOrAfter(dayOfCohort(cohortStartsAt, timeZone, deadlineDay), LAST_MINUTE, timeZone);
  return new Date(minute + 59_999);
}

/** The instant a module opens: midnight local (or the first instant after a midnight DST skips). */
export function moduleOpensAt(cohortStartsAt: Date, timeZone: string, releaseDay: number): Date {
  return new Date(firstInstantAtOrAfter(dayOfCohort(cohortStartsAt, timeZone, releaseDay), 0, timeZone));
}

/** Days from the cohort's first local day to its last (the deadline day may be at most this). */
export function cohortLengthInDays(startsAt: Date, endsAt: Date, timeZone: string): number {
  const a = localDateOf(startsAt.getTime(), timeZone);
  const b = localDateOf(endsAt.getTime(), timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
