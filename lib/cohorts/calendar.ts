// A cohort's sessions as iCalendar (RFC 5545, written by the `ics` package as the booking invites are: CRLF,
// folded lines, times in UTC so no VTIMEZONE is needed): the member's feed (all sessions, cancelled ones marked
// CANCELLED) and one invite per session (METHOD:REQUEST, or METHOD:CANCEL), each with the session's stable UID
// and its SEQUENCE. Pure.
import { createEvent, createEvents, type EventAttributes } from "ics";
import { paramValue } from "../booking/invite";

export type CalendarSession = {
  id: string;
  title: string;
  agenda: string;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  cancelledAt: Date | null;
};

export type CalendarCohort = { title: string; courseTitle: string; homeUrl: string };

const PRODUCT_ID = "backend-academy/cohorts";

/** The same UID in the feed and in every invite of a session, so calendars merge them into one event. */
export function sessionUid(sessionId: string): string {
  return `${sessionId}@cohorts.backend-academy`;
}

function eventOf(session: CalendarSession, cohort: CalendarCohort, cancelled: boolean): EventAttributes {
  // The join link is not written here: it opens through the cohort home (members only, and it records attendance).
  const description = [session.agenda, `Join from your cohort page: ${cohort.homeUrl}`].filter(Boolean).join("\n\n");
  return {
    uid: sessionUid(session.id),
    sequence: session.sequence,
    start: session.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: session.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: `${session.title} (${cohort.courseTitle})`,
    description,
    location: cohort.homeUrl,
    url: cohort.homeUrl,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    busyStatus: cancelled ? "FREE" : "BUSY",
  };
}

function valueOrThrow({ error, value }: { error: Error | null; value: string | null }): string {
  if (error || !value) throw new Error(`cohort calendar could not be built: ${error?.message ?? "empty"}`);
  return value;
}

/** The member's subscription feed: every session of the cohort, earliest first. */
export function buildCohortFeed(cohort: CalendarCohort, sessions: CalendarSession[]): string {
  const header = {
    productId: PRODUCT_ID,
    method: "PUBLISH",
    calName: paramValue(`${cohort.courseTitle}: ${cohort.title}`),
  };
  if (sessions.length === 0) {
    // `ics` refuses an empty list; a calendar with no events is still a valid answer for a new cohort.
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "CALSCALE:GREGORIAN",
      `PRODID:${PRODUCT_ID}`,
      "METHOD:PUBLISH",
      `X-WR-CALNAME:${header.calName}`,
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const events = [...sessions]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((session) => eventOf(session, cohort, session.cancelledAt !== null));
  return valueOrThrow(createEvents(events, header));
}

/** One session's invite to one member: REQUEST while it stands, CANCEL once cancelled (same UID, higher SEQUENCE). */
export function buildSessionInvite(
  cohort: CalendarCohort,
  session: CalendarSession,
  method: "REQUEST" | "CANCEL",
  people: { organizer: { name: string; email: string }; attendee: { name: string; email: string } },
): string {
  return valueOrThrow(
    createEvent({
      ...eventOf(session, cohort, method === "CANCEL"),
      productId: PRODUCT_ID,
      method,
      organizer: { name: paramValue(people.organizer.name), email: people.organizer.email },
      attendees: [
        {
          name: paramValue(people.attendee.name),
          email: people.attendee.email,
          rsvp: false,
          partstat: "NEEDS-ACTION",
          role: "REQ-PARTICIPANT",
        },
      ],
    }),
  );
}
