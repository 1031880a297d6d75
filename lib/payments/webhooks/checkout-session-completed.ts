import { fulfilCheckout } from "../fulfilment";
import { checkoutSessionSchema } from "../provider/types";
import type { WebhookHandler } from "./types";

/** Paid now → fulfil; paid by a slow method → the payment waits as PROCESSING with its seat held. */
export const checkoutSessionCompleted: WebhookHandler = async (tx, object, { now }) =>
  (await fulfilCheckout(tx, checkoutSessionSchema.parse(object), now)).effects;
