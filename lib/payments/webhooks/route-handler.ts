// POST /api/webhooks/stripe: 400 with nothing written on a bad signature or a signed body that is not an event,
// 200 once processed (or a repeat, or a type we do not handle), 500 on a failure so that Stripe retries.
import { countWebhookEvent } from "../../observability/metrics";
import { processWebhookEvent, verifyWebhook, WebhookPayloadError, WebhookSignatureError } from "./process-event";
import { logError } from "../../observability/logger";

const MAX_EVENT_BYTES = 512 * 1024;

export async function handleStripeWebhook(request: Request): Promise<Response> {
  const rawBody = await request.text();
  if (rawBody.length > MAX_EVENT_BYTES) return Response.json({ error: "payload too large" }, { status: 413 });
  let event;
  try {
    event = verifyWebhook(rawBody, request.headers.get("stripe-signature"));
  } catch (error) {
    if (error instanceof WebhookSignatureError) return Response.json({ error: "invalid signature" }, { status: 400 });
    if (error instanceof WebhookPayloadError) return Response.json({ error: "malformed payload" }, { status: 400 });
    throw error;
  }
  try {
    const outcome = await processWebhookEvent(event);
    countWebhookEvent(event.type, outcome);
    return Response.json({ received: true, outcome });
  } catch (error) {
    countWebhookEvent(event.type, "failed");
    logError(error, { type: event.type, eventId: event.id }, "stripe webhook failed");
    return Response.json({ error: "processing failed, retry later" }, { status: 500 });
  }
}
