import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { runAction } from "@/lib/actions/run-action";
import { serverActionScope } from "@/lib/actions/server-action";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { clockTime } from "@/lib/booking/format";
import { sessionDay } from "@/lib/cohorts/format";
import { reviewQueueDefinition } from "@/lib/projects/definitions";
import { REVIEW_DUE_HOURS } from "@/lib/projects/queries";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function ReviewQueuePage({ params }: Props) {
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const user = await requireUserOrRedirect(`/cohorts/${id}/reviews`);
  // The same definition the authorization matrix calls: the cohort's staff only, everyone else a 404.
  const result = await runAction(reviewQueueDefinition, { cohortId: id }, serverActionScope());
  if (!result.ok) notFound();
  const { cohort, items, waiting } = result.data;
  const zone = user.timeZone;

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
      {waiting > items.length ? (
        <p className="mt-2 text-slate-600 dark:text-slate-400" data-testid="queue-count">
          {waiting} submissions are waiting; here are the oldest {items.length}. Each review brings up the next.
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="mt-8 text-slate-700 dark:text-slate-300">Nothing is waiting for a review.</p>
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
    </Container>
  );
}
