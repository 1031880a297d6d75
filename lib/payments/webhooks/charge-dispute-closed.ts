import { disputeSchema } from "../provider/types";
import { applyDisputeClosed } from "../settlement";
import { paymentForIntentOrDefer } from "./deferral";
import type { WebhookHandler } from "./types";

export const chargeDisputeClosed: WebhookHandler = async (tx, object, ctx) => {
  const dispute = disputeSchema.parse(object);
  const paymentId = await paymentForIntentOrDefer(tx, dispute.payment_intent, object, ctx);
  return paymentId ? applyDisputeClosed(tx, paymentId, dispute, ctx.now) : [];
};
