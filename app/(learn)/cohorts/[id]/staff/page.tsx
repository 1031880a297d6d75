import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnouncementForm } from "@/components/cohorts/staff/announcement-form";
import { AttendanceToggle } from "@/components/cohorts/staff/attendance-toggle";
import { SessionEditor } from "@/components/cohorts/staff/session-editor";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { runAction } from "@/lib/actions/run-action";
import { serverActionScope } from "@/lib/actions/server-action";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { hasOwnCalendar } from "@/lib/booking/advisor-service";
import { cohortStaffViewDefinition } from "@/lib/cohorts/definitions";
import { localInputValue, sessionDay, sessionTimes, viewerHour12, zoneGenericName } from "@/lib/cohorts/format";

export const metadata: Metadata = { title: "Run your cohort", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function CohortStaffPage({ params }: Props) {
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const user = await requireUserOrRedirect(`/cohorts/${id}/staff`);
  // The same definition the authorization matrix calls: the cohort's staff only, everyone else a 404.
  const result = await runAction(cohortStaffViewDefinition, { cohortId: id }, serverActionScope());
  if (!result.ok) notFound();
  const ownCalendar = await hasOwnCalendar(user);
  const { cohort, course, sessions, roster } = result.data;
  const now = new Date();
  const zone = cohort.timeZone;
  const zoneLabel = zoneGenericName(zone);
  const hour12 = viewerHour12(user);
  const ended = sessions.filter((s) => !s.cancelledAt && s.endsAt <= now);

  return (
    <Container className="py-10">
      <Link
        href={`/cohorts/${cohort.id}`}
        className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
      >
        ← Cohort page
      </Link>
      <p className="mt-4 text-sm font-semibold text-brand-700 dark:text-brand-300">{course.title}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Run {cohort.title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        {roster.length} member{roster.length === 1 ? "" : "s"} · times in {zoneLabel}, the cohort&apos;s zone
      </p>
      <p className="mt-4">
        <Link
          href={`/cohorts/${cohort.id}/reviews`}
          className="font-semibold text-brand-700 underline dark:text-brand-300"
        >
          Review queue
        </Link>
        {" · "}
        <Link
          href={`/cohorts/${cohort.id}/gradebook`}
          className="font-semibold text-brand-700 underline dark:text-brand-300"
        >
          Gradebook
        </Link>
        {ownCalendar ? (
          <>
            {" · "}
            <Link href="/advisor/availability" className="font-semibold text-brand-700 underline dark:text-brand-300">
              Your review-call hours
            </Link>
          </>
        ) : null}
      </p>

      <section
        aria-labelledby="announce"
        className="mt-8 rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="announce" className="text-xl font-bold text-slate-900 dark:text-white">
          Post an announcement
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
          Shown on the cohort page and emailed to every member.
        </p>
        <AnnouncementForm cohortId={cohort.id} />
      </section>

      <section aria-labelledby="roster" className="mt-10">
        <h2 id="roster" className="text-xl font-bold text-slate-900 dark:text-white">
          Roster
        </h2>
        {roster.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300">Nobody has joined this cohort yet.</p>
        ) : (
          <div className="mt-4 overflow-x-auto rounded-2xl border border-slate-200 dark:border-slate-800">
            <table className="w-full min-w-[28rem] text-left text-sm">
              <caption className="sr-only">Members and the sessions they attended</caption>
              <thead className="bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300">
                <tr>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    Member
                  </th>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    Email
                  </th>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    Attended
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 bg-white dark:divide-slate-800 dark:bg-slate-950">
                {roster.map((member) => (
                  <tr key={member.id} data-testid="roster-member">
                    <th scope="row" className="px-4 py-2 font-medium text-slate-900 dark:text-white">
                      {member.name ?? "—"}
                    </th>
                    <td className="px-4 py-2 break-all text-slate-700 dark:text-slate-300">{member.email}</td>
                    <td className="px-4 py-2 text-slate-700 dark:text-slate-300">
                      {member.attended} of {ended.length} ended session{ended.length === 1 ? "" : "s"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="sessions" className="mt-10">
        <h2 id="sessions" className="text-xl font-bold text-slate-900 dark:text-white">
          Sessions
        </h2>
        <ol className="mt-4 space-y-3">
          {sessions.map((session) => {
            const isEnded = session.endsAt <= now;
            return (
              <li
                key={session.id}
                className="rounded-2xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
                data-testid="staff-session"
              >
                <details>
                  <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 p-4">
                    <span className="font-semibold text-slate-900 dark:text-white">
                      {sessionDay(session.startsAt, zone)},{" "}
                      {sessionTimes(session.startsAt, session.endsAt, zone, hour12)}
                    </span>
                    <span className="min-w-0 text-slate-700 dark:text-slate-300">{session.title}</span>
                    {session.cancelledAt ? (
                      <Badge tone="amber">Cancelled</Badge>
                    ) : isEnded ? (
                      <Badge>Ended</Badge>
                    ) : null}
                  </summary>
                  <div className="border-t border-slate-200 p-4 dark:border-slate-800">
                    <SessionEditor
                      zoneLabel={zoneLabel}
                      session={{
                        id: session.id,
                        title: session.title,
                        agenda: session.agenda,
                        startsLocal: localInputValue(session.startsAt, zone),
                        endsLocal: localInputValue(session.endsAt, zone),
                        joinUrl: session.joinUrl ?? "",
                        recordingUrl: session.recordingUrl ?? "",
                        notes: session.notes,
                        cancelled: session.cancelledAt !== null,
                        ended: isEnded,
                      }}
                    />
                    {roster.length > 0 && !session.cancelledAt ? (
                      <div className="mt-6">
                        <h3 className="font-semibold text-slate-900 dark:text-white">Attendance</h3>
                        <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
                          {roster.map((member) => {
                            const present = member.attendance[session.id] ?? null;
                            const name = member.name ?? member.email;
                            return (
                              <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                                <span className="text-slate-800 dark:text-slate-200">
                                  {name}:{" "}
                                  <span data-testid="attendance-state">
                                    {present === null ? "not recorded" : present ? "present" : "absent"}
                                  </span>
                                </span>
                                <AttendanceToggle
                                  sessionId={session.id}
                                  userId={member.id}
                                  memberName={name}
                                  present={present}
                                />
                              </li>
                            );
                          })}
                        </ul>
                      </div>
                    ) : null}
                  </div>
                </details>
              </li>
            );
          })}
        </ol>
      </section>
    </Container>
  );
}
