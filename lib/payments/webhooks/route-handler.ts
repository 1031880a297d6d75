// POST /api/webhooks/stripe: 400 with nothing written on a bad signature or a signed body that is not an event,
// 200 once processed (or a repeat, or a type we do not handle), 500 on a failure so that Stripe retries.
// Two doors, one function: the route file (Next's) and the production server's own (lib/http/web-endpoints.ts,
// scripts/serve.ts), which answers the same POST with stripeWebhookRoute without Next's route runtime.
import { jsonRoute } from "../../actions/json-route";
import { offerWebEndpoint } from "../../http/web-endpoints";
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

export const STRIPE_WEBHOOK_PATH = "/api/webhooks/stripe";

/** The endpoint both doors call; jsonRoute answers anything it throws in the result shape. */
export const stripeWebhookRoute = jsonRoute(handleStripeWebhook);

// Offered to the server's door when Next first loads the route file (as the learner-state endpoints are): from then on
// the server answers the POST with this function, as compiled in Next's bundle.
offerWebEndpoint(STRIPE_WEBHOOK_PATH, stripeWebhookRoute, "POST");
