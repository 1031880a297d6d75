import { checkoutSessionSchema } from "../provider/types";
import { paymentIdForSession, releaseCheckout } from "./release-checkout";
import type { WebhookHandler } from "./types";

/** The learner never paid: the checkout ends and its seat hold goes back to the cohort. */
export const checkoutSessionExpired: WebhookHandler = async (tx, object, { now }) => {
  const session = checkoutSessionSchema.parse(object);
  const paymentId = await paymentIdForSession(tx, session.id, session.metadata.paymentId);
  if (!paymentId) return [];
  await releaseCheckout(tx, paymentId, "EXPIRED", now);
  return [];
};
