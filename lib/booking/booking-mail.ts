// The mails around a consultation, each with the calendar invite attached (prospect and advisor).
import { appUrl } from "../accounts/urls";
import { sendMail, type MailAttachment } from "../email/send-mail";
import { formatInZone } from "./format";
import { addToCalendarLinks, buildInvite } from "./invite";
import { TOPIC_LABELS } from "./topics";
import type { ConsultationTopic } from "../db/generated/enums";

export type BookingForMail = {
  id: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  topic: ConsultationTopic;
  name: string;
  email: string;
  timeZone: string;
  goal: string;
  currentRole: string;
  advisor: { timeZone: string; videoUrl: string; user: { name: string | null; email: string } };
};

export type BookingMailKind = "confirmed" | "rescheduled" | "cancelled";

function inviteFor(booking: BookingForMail, method: "REQUEST" | "CANCEL"): MailAttachment {
  const advisorName = booking.advisor.user.name ?? "your advisor";
  const content = buildInvite({
    bookingId: booking.id,
    sequence: booking.sequence,
    method,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    title: `Career consultation: ${booking.name} and ${advisorName}`,
    description: `${TOPIC_LABELS[booking.topic]}. ${booking.goal}`,
    location: booking.advisor.videoUrl,
    organizer: { name: advisorName, email: booking.advisor.user.email },
    attendee: { name: booking.name, email: booking.email },
  });
  return {
    filename: method === "CANCEL" ? "cancelled.ics" : "invite.ics",
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content,
  };
}

function html(paragraphs: string[]): string {
  const escape = (value: string) =>
    value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
  const linked = (p: string) => escape(p).replace(/(https?:\/\/[^\s<]+)/g, (url) => `<a href="${url}">${url}</a>`);
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:0 auto;padding:24px"><p style="font-weight:700;font-size:18px">Backend Academy</p>${paragraphs.map((p) => `<p style="margin:0 0 16px;line-height:1.5">${linked(p)}</p>`).join("")}</body></html>`;
}

const SUBJECTS: Record<BookingMailKind, string> = {
  confirmed: "Your career consultation is booked",
  rescheduled: "Your career consultation has moved",
  cancelled: "Your career consultation is cancelled",
};

/** Mails the prospect (with their manage link) and the advisor; the invite goes to both. */
export async function sendBookingMails(
  booking: BookingForMail,
  kind: BookingMailKind,
  options: { manageToken?: string; message?: string } = {},
) {
  const method = kind === "cancelled" ? "CANCEL" : "REQUEST";
  const invite = inviteFor(booking, method);
  const advisorName = booking.advisor.user.name ?? "your advisor";
  const when = formatInZone(booking.startsAt, booking.timeZone);
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
          `Hi ${booking.name},`,
          `Your consultation with ${advisorName} on ${when} is cancelled.`,
          ...(options.message ? [`Message from ${advisorName}: ${options.message}`] : []),
          `You can book another time at ${appUrl("/consultation")}`,
        ]
      : [
          `Hi ${booking.name},`,
          `${kind === "confirmed" ? "Your free career consultation is booked" : "Your consultation has moved"}: ${when}, with ${advisorName} (${TOPIC_LABELS[booking.topic]}).`,
          ...(options.manageToken
            ? [
                `Need to change it? Reschedule or cancel here: ${appUrl("/consultation/manage", { token: options.manageToken })}`,
              ]
            : []),
          `Join the call: ${booking.advisor.videoUrl || "your advisor will send the link"}`,
          `Add it to your calendar: the attached invite, Google Calendar ${links.google} or Outlook ${links.outlook}`,
        ];
  await sendMail({
    to: booking.email,
    subject: SUBJECTS[kind],
    kind: `booking-${kind}`,
    text: prospect.join("\n\n"),
    html: html(prospect),
    attachments: [invite],
  });

  const advisorWhen = formatInZone(booking.startsAt, booking.advisor.timeZone);
  const advisorText = [
    `${kind === "confirmed" ? "New consultation" : kind === "rescheduled" ? "Consultation moved" : "Consultation cancelled"}: ${booking.name} <${booking.email}>, ${advisorWhen}.`,
    `Topic: ${TOPIC_LABELS[booking.topic]}. Current role: ${booking.currentRole || "not given"}. Goal: ${booking.goal}`,
    `Your consultations: ${appUrl("/advisor/consultations")}`,
  ];
  await sendMail({
    to: booking.advisor.user.email,
    subject: `${SUBJECTS[kind].replace("Your career", "Career")}: ${booking.name}`,
    kind: `booking-${kind}-advisor`,
    text: advisorText.join("\n\n"),
    html: html(advisorText),
    attachments: [invite],
  });
}

export async function sendReminderMail(booking: BookingForMail, kind: "24h" | "1h") {
  const advisorName = booking.advisor.user.name ?? "your advisor";
  const text = [
    `Hi ${booking.name},`,
    `A reminder: your consultation with ${advisorName} is ${kind === "24h" ? "tomorrow" : "in one hour"}, ${formatInZone(booking.startsAt, booking.timeZone)}.`,
    `Join the call: ${booking.advisor.videoUrl || "your advisor will send the link"}`,
    "Need to change it? Use the link in your booking email (changes close shortly before the call).",
  ];
  await sendMail({
    to: booking.email,
    subject: kind === "24h" ? "Tomorrow: your career consultation" : "In one hour: your career consultation",
    kind: "booking-reminder",
    text: text.join("\n\n"),
    html: html(text),
  });
}
