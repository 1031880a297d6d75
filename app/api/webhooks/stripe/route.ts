// Stripe (or the built-in test provider) delivers events here. The signature is checked on the raw body.
import { handleStripeWebhook } from "@/lib/payments/webhooks/route-handler";

export const dynamic = "force-dynamic";

export const POST = handleStripeWebhook;
