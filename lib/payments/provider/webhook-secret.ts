import { createHmac } from "node:crypto";
import { getAuthSecret } from "../../auth/secret";
import { env } from "../../env";

/**
 * The secret webhook signatures are checked with: STRIPE_WEBHOOK_SECRET when set; otherwise a local
 * secret derived from the app's own signing secret, which the built-in test provider signs with.
 */
export function webhookSecret(): string {
  const configured = env().STRIPE_WEBHOOK_SECRET;
  if (configured) return configured;
  return `whsec_local_${createHmac("sha256", getAuthSecret()).update("stripe-webhook").digest("base64url")}`;
}
