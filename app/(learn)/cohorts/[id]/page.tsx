import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { CalendarFeed } from "@/components/cohorts/calendar-feed";
import { DeviceZoneHint } from "@/components/cohorts/device-zone-hint";
import { SessionCountdown } from "@/components/cohorts/session-countdown";
import { runAction } from "@/lib/actions/run-action";
import { serverActionScope } from "@/lib/actions/server-action";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { clockTime } from "@/lib/booking/format";
import { calendarFeedLinksDefinition, cohortHomeDefinition } from "@/lib/cohorts/definitions";
import { cohortDates, sessionDay, sessionTimes, zoneGenericName, zoneName } from "@/lib/cohorts/format";
import type { CohortSessionView } from "@/lib/cohorts/queries";
import { JOIN_OPENS_MINUTES } from "@/lib/cohorts/session-access";
import { cohortProjectsDefinition } from "@/lib/projects/definitions";
import { CohortProjects } from "@/components/projects/cohort-projects";

export const metadata: Metadata = { title: "Your cohort", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ join?: string }> };

export default async function CohortHomePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { join } = await searchParams;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const user = await requireUserOrRedirect(`/cohorts/${id}`);
  // The same definition the authorization matrix calls: members only, everyone else a 404.
  const result = await runAction(cohortHomeDefinition, { cohortId: id }, serverActionScope());
  if (!result.ok) notFound();
  const feed = await runAction(calendarFeedLinksDefinition, { cohortId: id }, serverActionScope());
  const projects = await runAction(cohortProjectsDefinition, { cohortId: id }, serverActionScope());
  const { cohort, course, mentors, sessions, next, now, announcements, viewer } = result.data;
  const zone = user.timeZone;
  const hour12 = user.hour12 ?? false;
  const cohortZoneDiffers = zoneGenericName(zone) !== zoneGenericName(cohort.timeZone);

  return (
    <Container className="py-10">
      <Link href="/dashboard" className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300">
        ← My learning
      </Link>
      <div className="mt-4 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">
            <Link href={`/courses/${course.slug}`} className="hover:underline">
              {course.title}
            </Link>
          </p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{cohort.title}</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            {cohortDates(cohort.startsAt, cohort.endsAt, zone)}
            {mentors.length > 0 ? ` · Mentor${mentors.length === 1 ? "" : "s"}: ${mentors.join(", ")}` : ""}
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          {viewer === "staff" ? <ButtonLink href={`/cohorts/${cohort.id}/staff`}>Run this cohort</ButtonLink> : null}
          <ButtonLink href={`/cohorts/${cohort.id}/board`} variant="secondary">
            Cohort board
          </ButtonLink>
          <ButtonLink href={`/courses/${course.slug}`} variant="secondary">
            Course lessons
          </ButtonLink>
        </div>
      </div>
      {join === "closed" ? (
        <p
          role="status"
          className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900 dark:border-amber-700 dark:bg-slate-900 dark:text-amber-200"
        >
          That session&apos;s join link is not open: it opens {JOIN_OPENS_MINUTES} minutes before the start and closes
          when the session ends.
        </p>
      ) : null}

      <section
        aria-labelledby="next-session"
        className="mt-8 rounded-2xl border border-brand-200 bg-brand-50 p-6 dark:border-brand-900 dark:bg-slate-900"
      >
        <h2 id="next-session" className="text-sm font-semibold text-brand-800 uppercase dark:text-brand-300">
          Next live session
        </h2>
        {next ? (
          <div className="mt-2 grid gap-4 md:grid-cols-[minmax(0,1fr)_auto] md:items-end">
            <div className="min-w-0">
              <SessionCountdown
                startsAt={next.startsAt.toISOString()}
                endsAt={next.endsAt.toISOString()}
                joinOpensAt={next.joinOpensAt.toISOString()}
                renderedAt={now.toISOString()}
              />
              <p className="mt-1 font-semibold text-slate-900 dark:text-white">{next.title}</p>
              <p className="mt-1 text-slate-700 dark:text-slate-300">
                <time dateTime={next.startsAt.toISOString()}>
                  {sessionDay(next.startsAt, zone)}, {sessionTimes(next.startsAt, next.endsAt, zone, hour12)}
                </time>{" "}
                {zoneName(zone, next.startsAt)}
              </p>
              {next.agenda ? <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{next.agenda}</p> : null}
            </div>
            <JoinOrWait cohortId={cohort.id} session={next} zone={zone} hour12={hour12} large />
          </div>
        ) : (
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            No more live sessions are planned for this cohort. Recordings stay in the schedule below.
          </p>
        )}
      </section>

      {announcements.length > 0 ? (
        <section aria-labelledby="announcements" className="mt-10">
          <h2 id="announcements" className="text-xl font-bold text-slate-900 dark:text-white">
            Announcements
          </h2>
          <ul className="mt-4 space-y-3">
            {announcements.map((announcement) => (
              <li
                key={announcement.id}
                className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
                data-testid="announcement"
              >
                <h3 className="font-semibold text-slate-900 dark:text-white">{announcement.title}</h3>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  {announcement.author ?? "The cohort's staff"} ·{" "}
                  <time dateTime={announcement.createdAt.toISOString()}>
                    {sessionDay(announcement.createdAt, zone)}, {clockTime(announcement.createdAt, zone, hour12)}
                  </time>
                </p>
                <p className="mt-2 whitespace-pre-line text-slate-800 dark:text-slate-200">{announcement.body}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {projects.ok && projects.data.projects.length > 0 ? (
        <CohortProjects
          cohortId={cohort.id}
          zone={zone}
          hour12={hour12}
          viewer={projects.data.viewer}
          projects={projects.data.projects}
        />
      ) : null}

      <section aria-labelledby="schedule" className="mt-10">
        <h2 id="schedule" className="text-xl font-bold text-slate-900 dark:text-white">
          Schedule
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-testid="schedule-zone">
          Times in {zoneGenericName(zone)}, your profile&apos;s time zone (
          <Link href="/profile" className="font-semibold text-brand-700 underline dark:text-brand-300">
            change it
          </Link>
          ).
          {cohortZoneDiffers ? ` The cohort meets on ${zoneGenericName(cohort.timeZone)}.` : ""}
        </p>
        <DeviceZoneHint profileZone={zone} />
        {sessions.length === 0 ? (
          <p className="mt-4 text-slate-700 dark:text-slate-300">The live sessions are not scheduled yet.</p>
        ) : (
          <ol className="mt-4 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {sessions.map((session) => (
              <li
                key={session.id}
                className="grid gap-2 p-4 sm:grid-cols-[10rem_minmax(0,1fr)_auto] sm:items-center sm:gap-4"
                data-testid="cohort-session"
              >
                <div className={session.state === "cancelled" ? "text-slate-500 line-through" : undefined}>
                  <p className="font-semibold text-slate-900 dark:text-white">
                    <time dateTime={session.startsAt.toISOString()}>{sessionDay(session.startsAt, zone)}</time>
                  </p>
                  <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="session-time">
                    {sessionTimes(session.startsAt, session.endsAt, zone, hour12)}
                  </p>
                  {cohortZoneDiffers ? (
                    <p className="text-xs text-slate-600 dark:text-slate-400">
                      {clockTime(session.startsAt, cohort.timeZone, hour12)}{" "}
                      {cohort.timeZone.split("/").pop()?.replace(/_/g, " ")}
                    </p>
                  ) : null}
                </div>
                <div className="min-w-0">
                  <p className="font-medium text-slate-900 dark:text-white">{session.title}</p>
                  {session.agenda ? (
                    <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{session.agenda}</p>
                  ) : null}
                  {session.notes ? (
                    <p className="mt-1 text-sm whitespace-pre-line text-slate-700 dark:text-slate-300">
                      <span className="font-semibold">Notes:</span> {session.notes}
                    </p>
                  ) : null}
                </div>
                <div className="flex flex-wrap items-center gap-2 sm:justify-end sm:text-right">
                  {session.attended !== null && session.state !== "cancelled" ? (
                    <Badge tone={session.attended ? "brand" : "amber"}>
                      {session.attended ? "You attended" : "Marked absent"}
                    </Badge>
                  ) : null}
                  <SessionAction cohortId={cohort.id} session={session} zone={zone} hour12={hour12} />
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      {feed.ok ? (
        <section aria-labelledby="calendar" className="mt-10">
          <h2 id="calendar" className="text-xl font-bold text-slate-900 dark:text-white">
            Your calendar
          </h2>
          <CalendarFeed cohortId={cohort.id} links={feed.data} />
        </section>
      ) : null}
    </Container>
  );
}

type SessionProps = { cohortId: string; session: CohortSessionView; zone: string; hour12: boolean };

function JoinOrWait({ cohortId, session, zone, hour12, large = false }: SessionProps & { large?: boolean }) {
  // Through the app, which records attendance and then redirects to the room; the room's address is not in the page.
  if (session.joinUrl)
    return (
      <a
        href={`/cohorts/${cohortId}/sessions/${session.id}/join`}
        target="_blank"
        rel="noopener nofollow"
        className={
          large
            ? "inline-flex items-center justify-center rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-700 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400"
            : "font-semibold text-brand-700 underline dark:text-brand-300"
        }
      >
        Join the live session
      </a>
    );
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      The join link appears {JOIN_OPENS_MINUTES} minutes before the start (
      {clockTime(session.joinOpensAt, zone, hour12)}).
    </p>
  );
}

function SessionAction({ cohortId, session, zone, hour12 }: SessionProps) {
  switch (session.state) {
    case "cancelled":
      return <Badge tone="amber">Cancelled</Badge>;
    case "joinable":
      return <JoinOrWait cohortId={cohortId} session={session} zone={zone} hour12={hour12} />;
    case "ended":
      return session.recordingUrl ? (
        <a
          href={session.recordingUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="text-sm font-semibold text-brand-700 underline dark:text-brand-300"
        >
          Watch the recording
        </a>
      ) : (
        <Badge>Ended</Badge>
      );
    case "upcoming":
      return <Badge tone="brand">Upcoming</Badge>;
  }
}
