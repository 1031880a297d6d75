// Stripe (or the built-in test provider) delivers events here. The signature is checked on the raw body. The
// production server answers the same POST itself with the same function (lib/payments/webhooks/route-handler.ts).
import { stripeWebhookRoute } from "@/lib/payments/webhooks/route-handler";

export const dynamic = "force-dynamic";

// The handler reads the raw body itself: the signature is over its exact bytes.
export const POST = stripeWebhookRoute;
