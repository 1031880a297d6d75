// The events a webhook endpoint may subscribe to, and who may: course events reach admins and the course's
// instructors; money and consultation events reach admins only.
export const COURSE_EVENT_TYPES = [
  "enrollment.created",
  "enrollment.revoked",
  "lesson.completed",
  "course.completed",
  "certificate.issued",
  "review.created",
  "discussion.question.created",
  "discussion.answer.created",
  "cohort.session.scheduled",
  "cohort.session.updated",
  "cohort.session.cancelled",
  "project.submission.created",
  "project.review.completed",
] as const;

export const ADMIN_EVENT_TYPES = [
  "payment.succeeded",
  "payment.refunded",
  "booking.created",
  "booking.rescheduled",
  "booking.cancelled",
] as const;

export const WEBHOOK_EVENT_TYPES = [...COURSE_EVENT_TYPES, ...ADMIN_EVENT_TYPES] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent by "send a test event"; never emitted by the platform itself. */
export const TEST_EVENT_TYPE = "webhook.test";

/** The version of the payload shape, carried in every body; a breaking change to `data` bumps it. */
export const PAYLOAD_VERSION = 1;

export function isCourseEvent(type: string): boolean {
  return (COURSE_EVENT_TYPES as readonly string[]).includes(type);
}

/** Event data: ids and plain facts a receiver needs (no secrets, no personal data beyond the learner's email). */
export type WebhookEventData = Record<string, string | number | boolean | null>;
