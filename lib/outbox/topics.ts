// What may be put in the outbox, and the shape of each payload. Delivery (lib/jobs/outbox-delivery.ts) has one
// handler per topic; a payload is parsed again there, since a row may outlive a deploy.
import { z } from "zod";

const attachmentSchema = z.object({ filename: z.string(), contentType: z.string(), content: z.string() });

export const mailPayloadSchema = z.object({
  to: z.string().min(1),
  subject: z.string(),
  text: z.string(),
  html: z.string().optional(),
  kind: z.string().min(1),
  attachments: z.array(attachmentSchema).optional(),
  /** Extra headers (a notification's List-Unsubscribe pair, RFC 8058); sent over SMTP. */
  headers: z.record(z.string(), z.string()).optional(),
});

export const autoRefundPayloadSchema = z.object({
  paymentId: z.string(),
  paymentIntentId: z.string(),
  amountCents: z.number().int().nonnegative(),
  reason: z.string(),
});

/** An event for outbound webhooks (lib/webhooks): fanned out to the matching endpoints when delivered. */
export const webhookEventPayloadSchema = z.object({
  id: z.string().startsWith("msg_"),
  type: z.string().min(1),
  timestamp: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  /** The course the event belongs to, so its instructors' endpoints receive it; null for admin-only events. */
  courseId: z.string().nullable(),
});

/** A learner's enrolment in a course ended (refund, revocation): what they had booked in it is cancelled. */
export const enrolmentEndedPayloadSchema = z.object({ userId: z.string(), courseId: z.string() });

export const OUTBOX_TOPICS = {
  mail: mailPayloadSchema,
  "enrolment.ended": enrolmentEndedPayloadSchema,
  "payments.auto-refund": autoRefundPayloadSchema,
  "webhooks.event": webhookEventPayloadSchema,
} as const;

export type OutboxTopic = keyof typeof OUTBOX_TOPICS;
export type PayloadOf<T extends OutboxTopic> = z.infer<(typeof OUTBOX_TOPICS)[T]>;
export type MailPayload = PayloadOf<"mail">;
