import { fulfilCheckout } from "../fulfilment";
import { checkoutSessionSchema } from "../provider/types";
import type { WebhookHandler } from "./types";

export const checkoutSessionAsyncPaymentSucceeded: WebhookHandler = async (tx, object, { now }) => {
  const session = checkoutSessionSchema.parse(object);
  // The event means the money settled, whatever an older snapshot of the session says.
  return (await fulfilCheckout(tx, { ...session, paymentStatus: "paid" }, now)).effects;
};
