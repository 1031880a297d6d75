// The dashboard's "Cohorts you run": for mentors and the course's instructors, the way to each staff view, and
// for a mentor who takes review calls, to the hours learners book them in.
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import type { RunCohort } from "@/lib/cohorts/staff-queries";

type Props = { cohorts: RunCohort[]; calendarHref?: string | null };

export function StaffCohorts({ cohorts, calendarHref = null }: Props) {
  if (cohorts.length === 0) return null;
  return (
    <section aria-labelledby="run-cohorts" className="mt-10">
      <h2 id="run-cohorts" className="text-xl font-bold text-slate-900 dark:text-white">
        Cohorts you run
      </h2>
      {calendarHref ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Learners book review calls in{" "}
          <Link href={calendarHref} className="font-semibold text-brand-700 underline dark:text-brand-300">
            your review-call hours
          </Link>
          .
        </p>
      ) : null}
      <ul className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2">
        {cohorts.map((cohort) => (
          <li
            key={cohort.cohortId}
            className="flex min-w-0 flex-col gap-3 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <div>
              <h3 className="font-semibold text-slate-900 dark:text-white">{cohort.courseTitle}</h3>
              <p className="text-sm text-slate-600 dark:text-slate-400">{cohort.cohortTitle}</p>
            </div>
            <ButtonLink
              href={`/cohorts/${cohort.cohortId}/staff`}
              variant="secondary"
              aria-label={`Run ${cohort.cohortTitle} of ${cohort.courseTitle}`}
              className="self-start"
            >
              Run this cohort
            </ButtonLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
