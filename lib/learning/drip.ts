// Drip release in a cohort course: a module with a release day opens at local midnight in the cohort's zone
// that many days after the cohort's first day (lib/cohorts/cohort-days.ts). Until then its lessons are locked
// for the cohort's members: not readable, not served, not completable. Free previews stay open. Pure.
import { moduleOpensAt } from "../cohorts/cohort-days";

export type DripModule = { releaseDay: number | null; lessons: { id: string; freePreview?: boolean }[] };
export type DripCohort = { startsAt: Date; timeZone: string };

/** Each locked lesson with the moment it opens; empty without a cohort (self-paced, or no cohort chosen). */
export function dripLockedLessons(
  modules: readonly DripModule[],
  cohort: DripCohort | null,
  now: Date,
): Map<string, Date> {
  const locked = new Map<string, Date>();
  if (!cohort) return locked;
  for (const mod of modules) {
    if (mod.releaseDay === null || mod.releaseDay <= 0) continue;
    const opensAt = moduleOpensAt(cohort.startsAt, cohort.timeZone, mod.releaseDay);
    if (now >= opensAt) continue;
    for (const lesson of mod.lessons) if (!lesson.freePreview) locked.set(lesson.id, opensAt);
  }
  return locked;
}
