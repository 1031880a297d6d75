"use client";
// The review queue's list and upcoming calls, rendered in the browser from GET /api/cohorts/review-queue
// (lib/cohort-views/review-queue-answer.ts): the page's HTML is a shell the same for every member of the cohort's staff
// (the production server keeps it, lib/http/member-shells.ts). Times in the viewer's profile zone and clock.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { useMemberAnswer } from "@/components/data/personal-data";
import { MemberAnswerError } from "@/components/data/member-answer-error";
import { clockTime } from "@/lib/booking/format";
import { sessionDay, sessionTimes } from "@/lib/cohorts/format";
import type { ReviewQueueJson } from "@/lib/cohort-views/review-queue-answer";

const date = (iso: string) => new Date(iso);

export function ReviewQueueView({ cohortId, after }: { cohortId: string; after?: string }) {
  const query = new URLSearchParams({ cohortId, ...(after ? { after } : {}) });
  const { data, error } = useMemberAnswer<ReviewQueueJson>(`/api/cohorts/review-queue?${query}`);
  if (error)
    return <MemberAnswerError error={error} missing="This review queue could not be found." what="The review queue" />;
  if (!data) return <QueueSkeleton />;
  return <Queue queue={data.data} />;
}

function QueueSkeleton() {
  // The list's own outline (the lines above it, ten of its items) so the footer stays below the fold while it loads.
  return (
    <div aria-busy="true" aria-label="Loading the review queue" data-testid="queue-loading">
      <div className="h-5 w-40 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-4 h-5 w-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-1 h-9 w-64 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-2 h-6 w-2/3 animate-pulse rounded bg-slate-100 dark:bg-slate-800/60" />
      <div className="mt-2 h-6 w-1/2 animate-pulse rounded bg-slate-100 dark:bg-slate-800/60" />
      <ol className="mt-6 space-y-3">
        {Array.from({ length: 10 }, (_, n) => (
          <li key={n} className="h-[5.125rem] animate-pulse rounded-2xl bg-slate-100 dark:bg-slate-800/60" />
        ))}
      </ol>
    </div>
  );
}

function Queue({ queue }: { queue: ReviewQueueJson }) {
  const { cohort, items, waiting, before, nextAfter, calls, zone, hour12 } = queue;
  return (
    <>
      <Link
        href={`/cohorts/${cohort.id}/staff`}
        className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
      >
        ← Run {cohort.title}
      </Link>
      <p className="mt-4 text-sm font-semibold text-brand-700 dark:text-brand-300">{cohort.course.title}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Review queue</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Oldest first. A submission waiting more than {queue.dueHours} hours is overdue.
      </p>
      {calls.length > 0 ? (
        <section aria-labelledby="upcoming-calls" className="mt-6" data-testid="upcoming-calls">
          <h2 id="upcoming-calls" className="text-xl font-bold text-slate-900 dark:text-white">
            Upcoming review calls
          </h2>
          <ul className="mt-2 space-y-1 text-slate-700 dark:text-slate-300">
            {calls.map((call) => (
              <li key={call.id} data-testid="upcoming-call">
                <time dateTime={call.startsAt} className="font-semibold text-slate-900 dark:text-white">
                  {sessionDay(date(call.startsAt), zone)},{" "}
                  {sessionTimes(date(call.startsAt), date(call.endsAt), zone, hour12)}
                </time>{" "}
                ·{" "}
                <Link
                  href={`/cohorts/${cohort.id}/reviews/${call.submissionId}`}
                  className="font-semibold text-brand-700 underline dark:text-brand-300"
                >
                  {call.projectTitle}: {call.learnerName}
                </Link>{" "}
                with {call.mentorName}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {waiting > items.length ? (
        <p className="mt-2 text-slate-600 dark:text-slate-400" data-testid="queue-count">
          {before === 0
            ? `${waiting} submissions are waiting; here are the oldest ${items.length}.`
            : `${waiting} submissions are waiting; here are ${before + 1}–${before + items.length}.`}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="mt-8 text-slate-700 dark:text-slate-300">
          {waiting === 0 ? "Nothing is waiting for a review." : "No more submissions wait after these."}
        </p>
      ) : (
        <ol className="mt-6 space-y-3">
          {items.map((item) => (
            <li key={item.id} data-testid="queue-item">
              <Link
                href={`/cohorts/${cohort.id}/reviews/${item.id}`}
                className="block rounded-2xl border border-slate-200 bg-white p-4 hover:border-brand-400 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-brand-600"
              >
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold text-slate-900 dark:text-white">{item.projectTitle}</span>
                  <span className="text-slate-700 dark:text-slate-300">by {item.learner}</span>
                  {item.attempt > 1 ? <Badge>Attempt {item.attempt}</Badge> : null}
                  {item.overdue ? <Badge tone="amber">Overdue</Badge> : null}
                  {item.late ? <Badge tone="amber">Submitted late</Badge> : null}
                </span>
                <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
                  Submitted{" "}
                  <time dateTime={item.submittedAt}>
                    {sessionDay(date(item.submittedAt), zone)}, {clockTime(date(item.submittedAt), zone, hour12)}
                  </time>
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
      {before > 0 || nextAfter ? (
        <nav aria-label="Review queue pages" className="mt-6 flex flex-wrap gap-3">
          {before > 0 ? (
            <ButtonLink href={`/cohorts/${cohort.id}/reviews`} variant="secondary">
              Back to the oldest
            </ButtonLink>
          ) : null}
          {nextAfter ? (
            <ButtonLink href={`/cohorts/${cohort.id}/reviews?after=${encodeURIComponent(nextAfter)}`}>
              Next page
            </ButtonLink>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
