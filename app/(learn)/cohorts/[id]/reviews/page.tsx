import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { runAction } from "@/lib/actions/run-action";
import { serverActionScope } from "@/lib/actions/server-action";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { clockTime } from "@/lib/booking/format";
import { sessionDay } from "@/lib/cohorts/format";
import { reviewQueueDefinition } from "@/lib/projects/definitions";
import { REVIEW_DUE_HOURS } from "@/lib/projects/queries";
import { cohortCallsDefinition } from "@/lib/review-calls/definitions";
import { sessionTimes } from "@/lib/cohorts/format";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string | string[] }> };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { after: afterParam } = await searchParams;
  if (!ID.test(id)) notFound();
  // A page after a submission (the "Next page" link); anything else starts at the oldest.
  const after = typeof afterParam === "string" && ID.test(afterParam) ? afterParam : undefined;
  const user = await requireUserOrRedirect(`/cohorts/${id}/reviews`);
  // The same definition the authorization matrix calls: the cohort's staff only, everyone else a 404.
  const result = await runAction(reviewQueueDefinition, { cohortId: id, after }, serverActionScope());
  if (!result.ok) notFound();
  const { cohort, items, waiting, before, nextAfter } = result.data;
  const zone = user.timeZone;
  const calls = await runAction(cohortCallsDefinition, { cohortId: id }, serverActionScope());

  return (
    <Container className="py-10">
      <Link
        href={`/cohorts/${cohort.id}/staff`}
        className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
      >
        ← Run {cohort.title}
      </Link>
      <p className="mt-4 text-sm font-semibold text-brand-700 dark:text-brand-300">{cohort.course.title}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Review queue</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Oldest first. A submission waiting more than {REVIEW_DUE_HOURS} hours is overdue.
      </p>
      {calls.ok && calls.data.length > 0 ? (
        <section aria-labelledby="upcoming-calls" className="mt-6" data-testid="upcoming-calls">
          <h2 id="upcoming-calls" className="text-xl font-bold text-slate-900 dark:text-white">
            Upcoming review calls
          </h2>
          <ul className="mt-2 space-y-1 text-slate-700 dark:text-slate-300">
            {calls.data.map((call) => (
              <li key={call.id} data-testid="upcoming-call">
                <time dateTime={call.startsAt.toISOString()} className="font-semibold text-slate-900 dark:text-white">
                  {sessionDay(call.startsAt, zone)}, {sessionTimes(call.startsAt, call.endsAt, zone, user.hour12)}
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
                  <span className="text-slate-700 dark:text-slate-300">· {item.learner}</span>
                  {item.attempt > 1 ? <Badge>Attempt {item.attempt}</Badge> : null}
                  {item.overdue ? <Badge tone="amber">Overdue</Badge> : null}
                  {item.late ? <Badge tone="amber">Submitted late</Badge> : null}
                </span>
                <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
                  Submitted{" "}
                  <time dateTime={item.submittedAt.toISOString()}>
                    {sessionDay(item.submittedAt, zone)}, {clockTime(item.submittedAt, zone, user.hour12)}
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
    </Container>
  );
}
