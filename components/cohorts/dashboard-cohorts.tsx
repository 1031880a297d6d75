// The dashboard's live cohorts: each with its next session in the learner's zone and the way to its home.
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { sessionDay, sessionTimes, zoneName } from "@/lib/cohorts/format";
import type { DashboardCohort } from "@/lib/cohorts/queries";

export function DashboardCohorts({
  cohorts,
  timeZone,
  hour12 = false,
}: {
  cohorts: DashboardCohort[];
  timeZone: string;
  hour12?: boolean;
}) {
  if (cohorts.length === 0) return null;
  return (
    <section aria-labelledby="live-cohorts" className="mt-10">
      <h2 id="live-cohorts" className="text-xl font-bold text-slate-900 dark:text-white">
        Your live cohorts
      </h2>
      <ul className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2">
        {cohorts.map((cohort) => (
          <li
            key={cohort.cohortId}
            className="flex min-w-0 flex-col rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <h3 className="font-semibold text-slate-900 dark:text-white">
              <Link href={`/courses/${cohort.courseSlug}`} className="hover:text-brand-700 dark:hover:text-brand-300">
                {cohort.courseTitle}
              </Link>
            </h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">{cohort.cohortTitle}</p>
            <p className="mt-3 text-sm text-slate-800 dark:text-slate-200" data-testid="cohort-next-session">
              {cohort.next ? (
                <>
                  <span className="font-semibold">Next live session:</span> {sessionDay(cohort.next.startsAt, timeZone)}
                  , {sessionTimes(cohort.next.startsAt, cohort.next.endsAt, timeZone, hour12)}{" "}
                  {zoneName(timeZone, cohort.next.startsAt)}
                </>
              ) : (
                "No more live sessions are planned."
              )}
            </p>
            <div className="mt-4 flex-1" />
            <ButtonLink
              href={`/cohorts/${cohort.cohortId}`}
              aria-label={`Open the cohort home of ${cohort.courseTitle}`}
            >
              Open cohort home
            </ButtonLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
