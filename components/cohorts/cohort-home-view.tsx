"use client";
// The cohort home's member part, rendered in the browser from GET /api/cohorts/home (lib/cohort-views/home-answer.ts):
// the page's HTML is a shell the same for every member (the production server keeps it, lib/http/member-shells.ts).
// Times in the viewer's profile zone and clock, as the answer gives them; the join link is decided by the server
// (the answer says whether it is open) and asked for again when the countdown crosses its opening or the end.
import Link from "next/link";
import { useCallback, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { CalendarFeed } from "@/components/cohorts/calendar-feed";
import { DeviceZoneHint } from "@/components/cohorts/device-zone-hint";
import { SessionCountdown } from "@/components/cohorts/session-countdown";
import { CohortProjects } from "@/components/projects/cohort-projects";
import { useMemberAnswer } from "@/components/data/personal-data";
import { MemberAnswerError } from "@/components/data/member-answer-error";
import { clockTime } from "@/lib/booking/format";
import { cohortDates, sessionDay, sessionTimes, zoneGenericName, zoneName } from "@/lib/cohorts/format";
import type { CohortHomeJson, CohortSessionJson } from "@/lib/cohort-views/home-answer";
import { JOIN_OPENS_MINUTES } from "@/lib/cohorts/session-access";

const date = (iso: string) => new Date(iso);

/** `notice`: what the page says above the next session (the "join link is not open" of ?join=closed). */
export function CohortHomeView({ cohortId, notice }: { cohortId: string; notice?: ReactNode }) {
  const { data, error, mutate } = useMemberAnswer<CohortHomeJson>(
    `/api/cohorts/home?cohortId=${encodeURIComponent(cohortId)}`,
  );
  // Stable, so the countdown asks again once per crossing, not on every render of the home.
  const refresh = useCallback(() => void mutate(), [mutate]);
  if (error) return <MemberAnswerError error={error} missing="This cohort could not be found." what="The cohort" />;
  if (!data) return <CohortHomeSkeleton />;
  return <CohortHome home={data.data} notice={notice} refresh={refresh} />;
}

function CohortHomeSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the cohort" data-testid="cohort-loading">
      <div className="mt-4 h-4 w-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-3 h-9 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-3 h-5 w-1/2 animate-pulse rounded bg-slate-100 dark:bg-slate-800/60" />
      <div className="mt-8 h-40 animate-pulse rounded-2xl border border-brand-200 bg-brand-50 dark:border-brand-900 dark:bg-slate-900" />
      <div className="mt-10 h-7 w-32 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-4 h-64 animate-pulse rounded-2xl bg-slate-100 dark:bg-slate-800/60" />
    </div>
  );
}

function CohortHome({ home, notice, refresh }: { home: CohortHomeJson; notice: ReactNode; refresh: () => void }) {
  const { cohort, course, mentors, sessions, next, now, announcements, viewer, zone, hour12 } = home;
  const cohortZoneDiffers = zoneGenericName(zone) !== zoneGenericName(cohort.timeZone);
  return (
    <>
      <div className="mt-4 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">
            <Link href={`/courses/${course.slug}`} className="hover:underline">
              {course.title}
            </Link>
          </p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{cohort.title}</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            {cohortDates(date(cohort.startsAt), date(cohort.endsAt), zone)}
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
      {notice}

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
                startsAt={next.startsAt}
                endsAt={next.endsAt}
                joinOpensAt={next.joinOpensAt}
                renderedAt={now}
                onCross={refresh}
              />
              <p className="mt-1 font-semibold text-slate-900 dark:text-white">{next.title}</p>
              <p className="mt-1 text-slate-700 dark:text-slate-300">
                <time dateTime={next.startsAt}>
                  {sessionDay(date(next.startsAt), zone)},{" "}
                  {sessionTimes(date(next.startsAt), date(next.endsAt), zone, hour12)}
                </time>{" "}
                {zoneName(zone, date(next.startsAt))}
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
                  <time dateTime={announcement.createdAt}>
                    {sessionDay(date(announcement.createdAt), zone)},{" "}
                    {clockTime(date(announcement.createdAt), zone, hour12)}
                  </time>
                </p>
                <p className="mt-2 whitespace-pre-line text-slate-800 dark:text-slate-200">{announcement.body}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {home.projects.length > 0 ? (
        <CohortProjects
          cohortId={cohort.id}
          zone={zone}
          hour12={hour12}
          viewer={viewer}
          projects={home.projects.map((project) => ({ ...project, deadline: date(project.deadline) }))}
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
                    <time dateTime={session.startsAt}>{sessionDay(date(session.startsAt), zone)}</time>
                  </p>
                  <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="session-time">
                    {sessionTimes(date(session.startsAt), date(session.endsAt), zone, hour12)}
                  </p>
                  {cohortZoneDiffers ? (
                    <p className="text-xs text-slate-600 dark:text-slate-400">
                      {clockTime(date(session.startsAt), cohort.timeZone, hour12)}{" "}
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

      {home.feed ? (
        <section aria-labelledby="calendar" className="mt-10">
          <h2 id="calendar" className="text-xl font-bold text-slate-900 dark:text-white">
            Your calendar
          </h2>
          <CalendarFeed cohortId={cohort.id} links={home.feed} />
        </section>
      ) : null}
    </>
  );
}

type SessionProps = { cohortId: string; session: CohortSessionJson; zone: string; hour12: boolean };

function JoinOrWait({ cohortId, session, zone, hour12, large = false }: SessionProps & { large?: boolean }) {
  // Through the app, which records attendance and then redirects to the room; the room's address is not in the page.
  if (session.joinable)
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
      {clockTime(date(session.joinOpensAt), zone, hour12)}).
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
