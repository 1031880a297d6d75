// Verifies a delivery and processes it once: the event id is recorded in the same transaction as its
// effects, so a repeat (or a concurrent copy) finds the row and changes nothing, and a failure leaves nothing.
import Stripe from "stripe";
import { z } from "zod";
import { prepareForTransaction, preparedQuery, runPrepared, runPreparedIn } from "../../db/prepared";
import { webhookSecret } from "../provider/webhook-secret";
import { afterCommit } from "../../outbox/kick";
import { paymentTransaction } from "../transaction";
import { WEBHOOK_HANDLERS } from "./index";

export type WebhookOutcome = "processed" | "duplicate" | "ignored";

const eventSchema = z.object({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  data: z.object({ object: z.unknown() }),
});

export class WebhookSignatureError extends Error {}
/** Signed by Stripe's secret, but not JSON, or not shaped as an event. */
export class WebhookPayloadError extends Error {}

/**
 * Checks Stripe's signature on the raw body; throws WebhookSignatureError when it does not hold and
 * WebhookPayloadError when it holds over a body that is not an event.
 */
export function verifyWebhook(
  rawBody: string,
  signature: string | null,
  secret = webhookSecret(),
): z.output<typeof eventSchema> {
  if (!signature) throw new WebhookSignatureError("missing Stripe-Signature header");
  let event: unknown;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch (error) {
    // constructEvent parses the body only after the signature held.
    if (error instanceof SyntaxError) throw new WebhookPayloadError(error.message);
    throw new WebhookSignatureError(error instanceof Error ? error.message : "signature check failed");
  }
  const parsed = eventSchema.safeParse(event);
  if (!parsed.success) throw new WebhookPayloadError("not a Stripe event");
  return parsed.data;
}

// Every delivery asks this first, so it is a prepared statement (lib/db/prepared.ts): on PGlite a query planned
// anew costs several times one prepared once, on the server's only thread.
const EVENT_SEEN = preparedQuery("webhook_event_seen", 1, `SELECT 1 FROM "ProcessedWebhookEvent" WHERE "id" = $1`);
// And every new event records itself with this, first thing in its transaction: on PGlite a prepared statement too.
const RECORD_EVENT = preparedQuery(
  "webhook_event_record",
  2,
  `INSERT INTO "ProcessedWebhookEvent" ("id", "type") VALUES ($1, $2) ON CONFLICT ("id") DO NOTHING RETURNING "id"`,
);

export async function processWebhookEvent(
  event: z.output<typeof eventSchema>,
  now: Date = new Date(),
): Promise<WebhookOutcome> {
  const handler = WEBHOOK_HANDLERS[event.type];
  if (!handler) return "ignored";
  // Cheap early answer for Stripe's retries; the insert below is what actually guarantees "once".
  if ((await runPrepared(EVENT_SEEN, [event.id])).length > 0) return "duplicate";
  await prepareForTransaction(RECORD_EVENT);
  const effects = await paymentTransaction(async (tx) => {
    const inserted = await runPreparedIn<{ id: string }>(tx, RECORD_EVENT, [event.id, event.type]);
    if (inserted.length === 0) return null;
    return handler(tx, event.data.object, { eventId: event.id, type: event.type, now });
  });
  if (effects === null) return "duplicate";
  await afterCommit(effects);
  return "processed";
}
