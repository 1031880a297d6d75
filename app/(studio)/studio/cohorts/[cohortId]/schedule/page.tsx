import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SessionEditor } from "@/components/cohorts/staff/session-editor";
import { AddSeriesForm, AddSessionForm } from "@/components/studio/schedule/add-session-forms";
import { CancelSeriesForm } from "@/components/studio/schedule/cancel-series-form";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { runAction } from "@/lib/actions/run-action";
import { serverActionScope } from "@/lib/actions/server-action";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { clockTime } from "@/lib/booking/format";
import {
  cohortDates,
  localInputValue,
  sessionDay,
  sessionTimes,
  viewerHour12,
  zoneGenericName,
} from "@/lib/cohorts/format";
import { cohortScheduleDefinition } from "@/lib/cohorts/schedule-definitions";

export const metadata: Metadata = { title: "Schedule · Studio", robots: { index: false } };

type Props = { params: Promise<{ cohortId: string }> };

const card = "rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";

/** The schedule editor of one cohort: its course's instructors and admins; anyone else a 404. */
export default async function CohortSchedulePage({ params }: Props) {
  const { cohortId } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cohortId)) notFound();
  const user = await requireUserOrRedirect(`/studio/cohorts/${cohortId}/schedule`);
  const result = await runAction(cohortScheduleDefinition, { cohortId }, serverActionScope());
  if (!result.ok) notFound();
  const { cohort, course, sessions } = result.data;
  const now = new Date();
  // Times read in the viewer's zone; the cohort's zone, in which forms are typed, is named beside them.
  const zone = user.timeZone;
  const hour12 = viewerHour12(user);
  const cohortZone = zoneGenericName(cohort.timeZone);
  const differs = zoneGenericName(zone) !== cohortZone;

  return (
    <Container className="py-10 sm:py-14">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/studio" className="underline-offset-4 hover:underline">
          Studio
        </Link>{" "}
        /{" "}
        <Link href={`/studio/courses/${course.id}`} className="underline-offset-4 hover:underline">
          {course.title}
        </Link>{" "}
        / <span>{cohort.title}</span>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
        Schedule of {cohort.title}
      </h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="schedule-zones">
        {cohortDates(cohort.startsAt, cohort.endsAt, cohort.timeZone)} · the cohort meets on {cohortZone} (
        {cohort.timeZone}); times below in {zoneGenericName(zone)}, your profile&apos;s zone.
      </p>
      <p className="mt-2 text-sm">
        <Link
          href={`/cohorts/${cohort.id}/staff`}
          className="font-semibold text-brand-700 underline dark:text-brand-300"
        >
          Roster and attendance
        </Link>
      </p>

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="add-series" className={card}>
          <h2 id="add-series" className="text-xl font-bold text-slate-900 dark:text-white">
            Add weekly sessions
          </h2>
          <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
            For example Mondays and Thursdays at 18:00 for ten sessions. Each session is then edited or cancelled on its
            own.
          </p>
          <AddSeriesForm cohortId={cohort.id} zoneLabel={cohort.timeZone} />
        </section>
        <section aria-labelledby="add-one" className={card}>
          <h2 id="add-one" className="text-xl font-bold text-slate-900 dark:text-white">
            Add one session
          </h2>
          <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">A kick-off, a guest talk, a make-up.</p>
          <AddSessionForm cohortId={cohort.id} zoneLabel={cohort.timeZone} />
        </section>
      </div>

      <section aria-labelledby="sessions" className="mt-10">
        <h2 id="sessions" className="text-xl font-bold text-slate-900 dark:text-white">
          Sessions ({sessions.filter((s) => !s.cancelledAt).length})
        </h2>
        {sessions.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300">No sessions yet: add a weekly series above.</p>
        ) : (
          <ol className="mt-4 space-y-3">
            {sessions.map((session) => {
              const ended = session.endsAt <= now;
              const label = `${sessionDay(session.startsAt, zone)}, ${sessionTimes(session.startsAt, session.endsAt, zone, hour12)}`;
              return (
                <li
                  key={session.id}
                  className="rounded-2xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
                  data-testid="schedule-session"
                >
                  <details>
                    <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 p-4">
                      <span className="font-semibold text-slate-900 dark:text-white">{label}</span>
                      {differs ? (
                        <span className="text-sm text-slate-600 dark:text-slate-400">
                          ({clockTime(session.startsAt, cohort.timeZone, hour12)} {cohort.timeZone})
                        </span>
                      ) : null}
                      <span className="min-w-0 text-slate-700 dark:text-slate-300">{session.title}</span>
                      {session.seriesId ? <Badge>Weekly</Badge> : null}
                      {session.cancelledAt ? (
                        <Badge tone="amber">Cancelled</Badge>
                      ) : ended ? (
                        <Badge>Ended</Badge>
                      ) : null}
                    </summary>
                    <div className="space-y-6 border-t border-slate-200 p-4 dark:border-slate-800">
                      <SessionEditor
                        zoneLabel={cohort.timeZone}
                        session={{
                          id: session.id,
                          title: session.title,
                          agenda: session.agenda,
                          startsLocal: localInputValue(session.startsAt, cohort.timeZone),
                          endsLocal: localInputValue(session.endsAt, cohort.timeZone),
                          joinUrl: session.joinUrl ?? "",
                          recordingUrl: session.recordingUrl ?? "",
                          notes: session.notes,
                          cancelled: session.cancelledAt !== null,
                          ended,
                        }}
                      />
                      {session.seriesId && !session.cancelledAt && !ended ? (
                        <CancelSeriesForm sessionId={session.id} label={label} />
                      ) : null}
                    </div>
                  </details>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </Container>
  );
}
