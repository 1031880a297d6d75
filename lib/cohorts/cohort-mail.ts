// The mails around a cohort's live sessions: a member's invite per session (REQUEST or CANCEL, the calendar
// attachment carrying the session's UID and SEQUENCE) and the reminders. Put in the outbox inside the transaction
// that claims them, so a mail leaves if and only if its claim committed.
import { appUrl } from "../accounts/urls";
import { formatInZone } from "../booking/format";
import type { Prisma } from "../db/generated/client";
import { compose } from "../email/templates";
import { env } from "../env";
import { enqueue } from "../outbox/enqueue";
import { buildSessionInvite, type CalendarCohort, type CalendarSession } from "./calendar";

type Tx = Prisma.TransactionClient;

// The member's zone and clock (profile settings): the mail's text writes the time as their cohort pages do.
export type MailMember = { id: string; email: string; name: string | null; timeZone: string; hour12: boolean | null };
export type MailCohort = { id: string; title: string; course: { title: string } };

export function calendarCohort(cohort: MailCohort): CalendarCohort {
  return { title: cohort.title, courseTitle: cohort.course.title, homeUrl: appUrl(`/cohorts/${cohort.id}`) };
}

/** The organizer named in invites: the address our mail comes from. */
function organizer(): { name: string; email: string } {
  const from = env().MAIL_FROM;
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1] || "Backend Academy", email: match[2]! } : { name: "Backend Academy", email: from };
}

export async function enqueueSessionInvite(
  tx: Tx,
  cohort: MailCohort,
  session: CalendarSession,
  member: MailMember,
  method: "REQUEST" | "CANCEL",
): Promise<void> {
  const home = calendarCohort(cohort);
  const when = formatInZone(session.startsAt, member.timeZone, member.hour12 ?? false);
  const cancelled = method === "CANCEL";
  const mail = compose(
    cancelled
      ? `Cancelled: ${session.title} (${cohort.title})`
      : `${session.sequence > 0 ? "Updated" : "Invitation"}: ${session.title} (${cohort.title})`,
    [
      `Hi${member.name ? ` ${member.name}` : ""},`,
      cancelled
        ? `The live session "${session.title}" of ${cohort.course.title} on ${when} is no longer in your calendar.`
        : `${session.sequence > 0 ? "The live session has changed" : "You are invited to a live session"} of ${cohort.course.title} (${cohort.title}): "${session.title}", ${when}.`,
      ...(cancelled
        ? []
        : [
            "The attached invite adds it to your calendar; the join link opens on your cohort page 15 minutes before the start.",
          ]),
    ],
    { label: "Open your cohort", url: home.homeUrl },
  );
  await enqueue(
    tx,
    "mail",
    {
      to: member.email,
      ...mail,
      kind: cancelled ? "cohort-session-cancelled" : "cohort-session-invite",
      attachments: [
        {
          filename: cancelled ? "cancelled.ics" : "invite.ics",
          contentType: `text/calendar; charset=utf-8; method=${method}`,
          content: buildSessionInvite(home, session, method, {
            organizer: organizer(),
            attendee: { name: member.name ?? member.email, email: member.email },
          }),
        },
      ],
    },
    { dedupeKey: `cohort-invite:${session.id}:${member.id}:${session.sequence}:${method}` },
  );
}

export type ReminderKind = "24h" | "1h";

export async function enqueueSessionReminder(
  tx: Tx,
  cohort: MailCohort,
  session: { id: string; title: string; startsAt: Date },
  member: MailMember,
  kind: ReminderKind,
): Promise<void> {
  const when = formatInZone(session.startsAt, member.timeZone, member.hour12 ?? false);
  const mail = compose(
    kind === "1h" ? `In one hour: ${session.title}` : `Coming up: ${session.title}, ${when}`,
    [
      `Hi${member.name ? ` ${member.name}` : ""},`,
      `A reminder: the live session "${session.title}" of ${cohort.course.title} (${cohort.title}) starts ${kind === "1h" ? "in about an hour" : "within a day"}, ${when}.`,
      "The join link opens on your cohort page 15 minutes before the start.",
    ],
    { label: "Open your cohort", url: appUrl(`/cohorts/${cohort.id}`) },
  );
  await enqueue(
    tx,
    "mail",
    { to: member.email, ...mail, kind: "cohort-session-reminder" },
    { dedupeKey: `cohort-reminder:${session.id}:${kind}:${session.startsAt.toISOString()}:${member.id}` },
  );
}
