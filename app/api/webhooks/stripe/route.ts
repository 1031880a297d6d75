// Stripe (or the built-in test provider) delivers events here. The signature is checked on the raw body.
import { jsonRoute } from "@/lib/actions/json-route";
import { handleStripeWebhook } from "@/lib/payments/webhooks/route-handler";

export const dynamic = "force-dynamic";

// The handler reads the raw body itself: the signature is over its exact bytes.
export const POST = jsonRoute(handleStripeWebhook);
