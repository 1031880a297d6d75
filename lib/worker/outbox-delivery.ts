// Delivers the transactional outbox (lib/outbox): one handler per topic, each message claimed with a lease,
// delivered, then marked delivered or failed with backoff (dead after the last attempt). It lives here, above
// the domains, because a handler may belong to any of them.
import { sendMail } from "../email/send-mail";
import { runAutoRefund } from "../payments/auto-refund";
import { claimDue, markDelivered, markFailed, type ClaimedMessage } from "../outbox/store";
import { OUTBOX_TOPICS, type OutboxTopic, type PayloadOf } from "../outbox/topics";
import { cancelCallsOfEndedEnrolment } from "../review-calls/enrolment-ended";
import { fanOutWebhookEvent } from "../webhooks/fan-out";

type Handlers = { [T in OutboxTopic]: (payload: PayloadOf<T>, messageId: string) => Promise<void> };

const HANDLERS: Handlers = {
  mail: async (payload, messageId) => void (await sendMail(payload, { sourceId: messageId })),
  "payments.auto-refund": (payload) => runAutoRefund(payload),
  "enrolment.ended": async (payload) => void (await cancelCallsOfEndedEnrolment(payload)),
  "webhooks.event": async (payload) => void (await fanOutWebhookEvent(payload)),
};

const BATCH = 20;

function isTopic(topic: string): topic is OutboxTopic {
  return Object.hasOwn(OUTBOX_TOPICS, topic);
}

async function deliverOne(message: ClaimedMessage): Promise<void> {
  if (!isTopic(message.topic)) throw new Error(`no handler for outbox topic "${message.topic}"`);
  const raw = typeof message.payload === "string" ? (JSON.parse(message.payload) as unknown) : message.payload;
  const topic: OutboxTopic = message.topic;
  const payload = OUTBOX_TOPICS[topic].parse(raw);
  await (HANDLERS[topic] as (payload: unknown, messageId: string) => Promise<void>)(payload, message.id);
}

export type DeliveryRound = { delivered: number; failed: number };

/** Delivers every message due now, a batch at a time, until none is left; a failure never stops the rest. */
export async function deliverOutbox(now: () => Date = () => new Date()): Promise<DeliveryRound> {
  const round: DeliveryRound = { delivered: 0, failed: 0 };
  for (;;) {
    const batch = await claimDue(now(), BATCH);
    if (batch.length === 0) return round;
    for (const message of batch) {
      try {
        await deliverOne(message);
        await markDelivered(message.id, now());
        round.delivered += 1;
      } catch (error) {
        await markFailed(message, error instanceof Error ? error.message : String(error), now());
        round.failed += 1;
      }
    }
  }
}
