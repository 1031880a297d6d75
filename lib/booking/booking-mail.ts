// The mails around a consultation, each with the calendar invite attached (prospect and advisor). Each is put in
// the outbox inside the transaction that changed the booking, so a mail goes out if and only if the change held.
import { appUrl } from "../accounts/urls";
import type { Prisma } from "../db/generated/client";
import type { MailAttachment } from "../email/send-mail";
import { enqueue } from "../outbox/enqueue";
import { HOLD_MINUTES } from "./confirmation";
import { formatInZone } from "./format";
import { addToCalendarLinks, buildInvite } from "./invite";
import { TOPIC_LABELS } from "./topics";
import type { ConsultationTopic } from "../db/generated/enums";
import { emitBookingEvent } from "../webhooks/domain-events";

const BOOKING_EVENTS = {
  confirmed: "booking.created",
  rescheduled: "booking.rescheduled",
  cancelled: "booking.cancelled",
} as const;

export type BookingForMail = {
  id: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  topic: ConsultationTopic;
  name: string;
  email: string;
  timeZone: string;
  /** The prospect's clock (12-hour when true); the advisor's mails use 24-hour. */
  hour12?: boolean;
  goal: string;
  currentRole: string;
  advisor: { timeZone: string; videoUrl: string; user: { name: string | null; email: string } };
  /** Set for a project review call (lib/review-calls): its reminders speak of the call, not a consultation. */
  submissionId?: string | null;
};

type Tx = Prisma.TransactionClient;

export type BookingMailKind = "confirmed" | "rescheduled" | "cancelled";

/**
 * What the prospect's side may carry of what they typed: their first name, as letters only. Anyone can
 * book with anyone's address, so the prospect's mail and invite hold our own words and nothing a stranger
 * wrote (a name like "Win a prize at https://…" must not reach another person's inbox from us).
 */
export function firstNameOf(name: string): string {
  const first = (name.trim().split(/\s+/)[0] ?? "").replace(/[^\p{L}\p{M}'’-]/gu, "").slice(0, 40);
  return first || "there";
}

/** The prospect's invite carries our words and their first name; the advisor's adds the name and goal. */
function inviteFor(
  booking: BookingForMail,
  method: "REQUEST" | "CANCEL",
  side: "prospect" | "advisor",
): MailAttachment {
  const advisorName = booking.advisor.user.name ?? "your advisor";
  const content = buildInvite({
    bookingId: booking.id,
    sequence: booking.sequence,
    method,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    title:
      side === "prospect"
        ? `Career consultation with ${advisorName}`
        : `Career consultation: ${booking.name} and ${advisorName}`,
    description: side === "prospect" ? TOPIC_LABELS[booking.topic] : `${TOPIC_LABELS[booking.topic]}. ${booking.goal}`,
    location: booking.advisor.videoUrl,
    organizer: { name: advisorName, email: booking.advisor.user.email },
    attendee: { name: side === "prospect" ? firstNameOf(booking.name) : booking.name, email: booking.email },
  });
  return {
    filename: method === "CANCEL" ? "cancelled.ics" : "invite.ics",
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content,
  };
}

/** A paragraph is ours (its web addresses become links) or the prospect's words ({ plain }), never linked. */
type Paragraph = string | { plain: string };

function html(paragraphs: Paragraph[]): string {
  const escape = (value: string) =>
    value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
  const render = (p: Paragraph) =>
    typeof p === "string"
      ? escape(p).replace(/(https?:\/\/[^\s<]+)/g, (url) => `<a href="${url}">${url}</a>`)
      : escape(p.plain);
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:0 auto;padding:24px"><p style="font-weight:700;font-size:18px">Backend Academy</p>${paragraphs.map((p) => `<p style="margin:0 0 16px;line-height:1.5">${render(p)}</p>`).join("")}</body></html>`;
}

const textOf = (paragraphs: Paragraph[]) => paragraphs.map((p) => (typeof p === "string" ? p : p.plain)).join("\n\n");

const SUBJECTS: Record<BookingMailKind, string> = {
  confirmed: "Your career consultation is booked",
  rescheduled: "Your career consultation has moved",
  cancelled: "Your career consultation is cancelled",
};

/**
 * A new booking's only mail: to the prospect, asking them to confirm it from the link (our words and their
 * first name only: the address may be a stranger's). No invite and no advisor mail before they do.
 */
export async function enqueueConfirmationRequest(tx: Tx, booking: BookingForMail, manageToken: string) {
  const advisorName = booking.advisor.user.name ?? "your advisor";
  const text = [
    `Hi ${firstNameOf(booking.name)},`,
    `Please confirm your free career consultation with ${advisorName} on ${formatInZone(booking.startsAt, booking.timeZone, booking.hour12)}: ${appUrl("/consultation/manage", { token: manageToken })}`,
    `We hold this time for you for ${HOLD_MINUTES} minutes. If you did not ask for a consultation, ignore this email: nothing is booked unless you confirm.`,
  ];
  await enqueue(tx, "mail", {
    to: booking.email,
    subject: "Confirm your career consultation",
    kind: "booking-held",
    text: text.join("\n\n"),
    html: html(text),
  });
}

/**
 * Mails the prospect (with their manage link) and, with `advisor` (the default), the advisor; the invite goes
 * to both. A hold cancelled before it was confirmed is the prospect's business only.
 */
export async function enqueueBookingMails(
  tx: Tx,
  booking: BookingForMail,
  kind: BookingMailKind,
  options: { manageToken?: string; message?: string; advisor?: boolean } = {},
) {
  // The webhook event follows the mails: a confirmed booking is "created"; a hold dropped unconfirmed is not news.
  if (!(kind === "cancelled" && options.advisor === false))
    await emitBookingEvent(tx, BOOKING_EVENTS[kind], booking.id);
  const method = kind === "cancelled" ? "CANCEL" : "REQUEST";
  const advisorName = booking.advisor.user.name ?? "your advisor";
  const when = formatInZone(booking.startsAt, booking.timeZone, booking.hour12);
  const links = addToCalendarLinks({
    title: `Career consultation with ${advisorName}`,
    description: TOPIC_LABELS[booking.topic],
    location: booking.advisor.videoUrl,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
  });
  const prospect =
    kind === "cancelled"
      ? [
          `Hi ${firstNameOf(booking.name)},`,
          `Your consultation with ${advisorName} on ${when} is cancelled.`,
          ...(options.message ? [`Message from ${advisorName}: ${options.message}`] : []),
          `You can book another time at ${appUrl("/consultation")}`,
        ]
      : [
          `Hi ${firstNameOf(booking.name)},`,
          `${kind === "confirmed" ? "Your free career consultation is booked" : "Your consultation has moved"}: ${when}, with ${advisorName} (${TOPIC_LABELS[booking.topic]}).`,
          ...(options.manageToken
            ? [
                `Need to change it? Reschedule or cancel here: ${appUrl("/consultation/manage", { token: options.manageToken })}`,
              ]
            : []),
          `Join the call: ${booking.advisor.videoUrl || "your advisor will send the link"}`,
          `Add it to your calendar: the attached invite, Google Calendar ${links.google} or Outlook ${links.outlook}`,
        ];
  await enqueue(tx, "mail", {
    to: booking.email,
    subject: SUBJECTS[kind],
    kind: `booking-${kind}`,
    text: prospect.join("\n\n"),
    html: html(prospect),
    attachments: [inviteFor(booking, method, "prospect")],
  });

  if (options.advisor === false) return;
  const advisorWhen = formatInZone(booking.startsAt, booking.advisor.timeZone);
  // The prospect's words reach the advisor as plain text: in the HTML part nothing they typed becomes a link.
  const advisorText: Paragraph[] = [
    {
      plain: `${kind === "confirmed" ? "New consultation" : kind === "rescheduled" ? "Consultation moved" : "Consultation cancelled"}: ${booking.name} <${booking.email}>, ${advisorWhen}.`,
    },
    {
      plain: `Topic: ${TOPIC_LABELS[booking.topic]}. Current role: ${booking.currentRole || "not given"}. Goal: ${booking.goal}`,
    },
    `Your consultations: ${appUrl("/advisor/consultations")}`,
  ];
  await enqueue(tx, "mail", {
    to: booking.advisor.user.email,
    subject: `${SUBJECTS[kind].replace("Your career", "Career")}: ${booking.name}`,
    kind: `booking-${kind}-advisor`,
    text: textOf(advisorText),
    html: html(advisorText),
    attachments: [inviteFor(booking, method, "advisor")],
  });
}

export async function enqueueReminderMail(tx: Tx, booking: BookingForMail, kind: "24h" | "1h") {
  if (booking.submissionId) return enqueueReviewCallReminder(tx, booking, kind);
  const advisorName = booking.advisor.user.name ?? "your advisor";
  const text = [
    `Hi ${firstNameOf(booking.name)},`,
    `A reminder: your consultation with ${advisorName} is ${kind === "24h" ? "tomorrow" : "in one hour"}, ${formatInZone(booking.startsAt, booking.timeZone, booking.hour12)}.`,
    `Join the call: ${booking.advisor.videoUrl || "your advisor will send the link"}`,
    "Need to change it? Use the link in your booking email (changes close shortly before the call).",
  ];
  await enqueue(tx, "mail", {
    to: booking.email,
    subject: kind === "24h" ? "Tomorrow: your career consultation" : "In one hour: your career consultation",
    kind: "booking-reminder",
    text: text.join("\n\n"),
    html: html(text),
  });
}

async function enqueueReviewCallReminder(tx: Tx, booking: BookingForMail, kind: "24h" | "1h") {
  const when = kind === "24h" ? "tomorrow" : "in one hour";
  const text = [
    `A reminder: your project review call with ${booking.advisor.user.name ?? "your mentor"} is ${when}, ${formatInZone(booking.startsAt, booking.timeZone, booking.hour12)}.`,
    `Join the call: ${booking.advisor.videoUrl || "your mentor will send the link"}`,
    "To move or cancel it, open the project page (changes close shortly before the call).",
  ];
  await enqueue(tx, "mail", {
    to: booking.email,
    subject: kind === "24h" ? "Tomorrow: your review call" : "In one hour: your review call",
    kind: "review-call-reminder",
    text: text.join("\n\n"),
    html: html(text),
  });
}
