import { chargeSchema } from "../provider/types";
import { applyChargeRefunded } from "../settlement";
import { paymentForIntentOrDefer } from "./deferral";
import type { WebhookHandler } from "./types";

export const chargeRefunded: WebhookHandler = async (tx, object, ctx) => {
  const charge = chargeSchema.parse(object);
  const paymentId = await paymentForIntentOrDefer(tx, charge.payment_intent, object, ctx);
  return paymentId ? applyChargeRefunded(tx, paymentId, charge, ctx.now) : [];
};
