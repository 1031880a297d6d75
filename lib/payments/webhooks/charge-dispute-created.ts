import { disputeSchema } from "../provider/types";
import { applyDisputeCreated } from "../settlement";
import { paymentForIntentOrDefer } from "./deferral";
import type { WebhookHandler } from "./types";

export const chargeDisputeCreated: WebhookHandler = async (tx, object, ctx) => {
  const dispute = disputeSchema.parse(object);
  const paymentId = await paymentForIntentOrDefer(tx, dispute.payment_intent, object, ctx);
  return paymentId ? applyDisputeCreated(tx, paymentId, dispute) : [];
};
