// The calendar invite (RFC 5545, made by the `ics` package): one stable UID per booking, SEQUENCE bumped
// on every change, times in UTC so no VTIMEZONE is needed, METHOD:REQUEST or METHOD:CANCEL.
import { createEvent } from "ics";

export type InviteInput = {
  bookingId: string;
  sequence: number;
  method: "REQUEST" | "CANCEL";
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
  location: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
};

/**
 * A parameter value (CN) as RFC 5545 allows it inside the quotes `ics` puts around it: no DQUOTE (a
 * backslash does not escape one there, so a name could end the value and add parameters or a second
 * address), no control characters, no CR/LF.
 */
export function paramValue(value: string): string {
  return value
    .replace(/"/g, "'")
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function inviteUid(bookingId: string): string {
  return `${bookingId}@consultations.backend-academy`;
}

export function buildInvite(input: InviteInput): string {
  const { error, value } = createEvent({
    uid: inviteUid(input.bookingId),
    sequence: input.sequence,
    method: input.method,
    productId: "backend-academy/consultations",
    start: input.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: input.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: input.title,
    description: input.description,
    location: input.location || undefined,
    url: input.location || undefined,
    status: input.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    organizer: { ...input.organizer, name: paramValue(input.organizer.name) },
    attendees: [
      {
        ...input.attendee,
        name: paramValue(input.attendee.name),
        rsvp: true,
        partstat: "NEEDS-ACTION",
        role: "REQ-PARTICIPANT",
      },
    ],
  });
  if (error || !value) throw new Error(`calendar invite could not be built: ${error?.message ?? "empty"}`);
  return value;
}

const compact = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** "Add to calendar" links for people whose mail app does not read the attachment. */
export function addToCalendarLinks(input: {
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
}) {
  const google = new URL("https://calendar.google.com/calendar/render");
  google.searchParams.set("action", "TEMPLATE");
  google.searchParams.set("text", input.title);
  google.searchParams.set("dates", `${compact(input.startsAt)}/${compact(input.endsAt)}`);
  google.searchParams.set("details", input.description);
  if (input.location) google.searchParams.set("location", input.location);
  const outlook = new URL("https://outlook.live.com/calendar/0/deeplink/compose");
  outlook.searchParams.set("subject", input.title);
  outlook.searchParams.set("startdt", input.startsAt.toISOString());
  outlook.searchParams.set("enddt", input.endsAt.toISOString());
  outlook.searchParams.set("body", input.description);
  if (input.location) outlook.searchParams.set("location", input.location);
  return { google: google.toString(), outlook: outlook.toString() };
}
