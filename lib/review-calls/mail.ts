// A review call's mails: the learner and the mentor each get one with the calendar invite (the booking's UID,
// SEQUENCE bumped on every move or cancel), put in the outbox in the transaction that changed the call.
import { appUrl } from "../accounts/urls";
import { formatInZone } from "../booking/format";
import { buildInvite } from "../booking/invite";
import type { Prisma } from "../db/generated/client";
import { enqueue } from "../outbox/enqueue";

export type ReviewCallKind = "booked" | "moved" | "cancelled";

export const reviewCallMailSelect = {
  id: true,
  sequence: true,
  startsAt: true,
  endsAt: true,
  name: true,
  email: true,
  timeZone: true,
  hour12: true,
  submission: { select: { id: true, cohortId: true, projectId: true, project: { select: { title: true } } } },
  advisor: { select: { timeZone: true, videoUrl: true, user: { select: { name: true, email: true } } } },
} satisfies Prisma.BookingSelect;

type Call = Prisma.BookingGetPayload<{ select: typeof reviewCallMailSelect }>;

const WORDS: Record<ReviewCallKind, { subject: string; lead: string }> = {
  booked: { subject: "Review call booked", lead: "Your review call is booked" },
  moved: { subject: "Review call moved", lead: "Your review call has moved" },
  cancelled: { subject: "Review call cancelled", lead: "Your review call is cancelled" },
};

export async function enqueueReviewCallMails(tx: Prisma.TransactionClient, call: Call, kind: ReviewCallKind) {
  const submission = call.submission!;
  const project = submission.project.title;
  const mentor = call.advisor.user.name ?? "your mentor";
  const method = kind === "cancelled" ? "CANCEL" : "REQUEST";
  const invite = buildInvite({
    bookingId: call.id,
    sequence: call.sequence,
    method,
    startsAt: call.startsAt,
    endsAt: call.endsAt,
    title: `Review call: ${project}`,
    description: `1:1 review of ${call.name}'s submission for "${project}" with ${mentor}.`,
    location: call.advisor.videoUrl,
    organizer: { name: mentor, email: call.advisor.user.email },
    attendee: { name: call.name, email: call.email },
  });
  const attachments = [
    {
      filename: method === "CANCEL" ? "cancelled.ics" : "invite.ics",
      contentType: `text/calendar; charset=utf-8; method=${method}`,
      content: invite,
    },
  ];
  const join = call.advisor.videoUrl || "your mentor will send the link";
  const learnerText = [
    `${WORDS[kind].lead}: "${project}" with ${mentor}, ${formatInZone(call.startsAt, call.timeZone, call.hour12)}.`,
    ...(kind === "cancelled" ? [] : [`Join the call: ${join}`]),
    `Your project: ${appUrl(`/cohorts/${submission.cohortId}/projects/${submission.projectId}`)}`,
  ];
  await enqueue(tx, "mail", {
    to: call.email,
    subject: `${WORDS[kind].subject}: ${project}`,
    kind: `review-call-${kind}`,
    text: learnerText.join("\n\n"),
    attachments,
  });
  const mentorText = [
    `${WORDS[kind].subject}: ${call.name}, "${project}", ${formatInZone(call.startsAt, call.advisor.timeZone)}.`,
    `The submission: ${appUrl(`/cohorts/${submission.cohortId}/reviews/${submission.id}`)}`,
  ];
  await enqueue(tx, "mail", {
    to: call.advisor.user.email,
    subject: `${WORDS[kind].subject}: ${call.name}`,
    kind: `review-call-${kind}-mentor`,
    text: mentorText.join("\n\n"),
    attachments,
  });
}
