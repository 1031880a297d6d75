// Refund and dispute events name a payment intent. One we do not know yet belongs to a checkout whose
// completion has not arrived: the event is kept and replayed by fulfilment.
import type { Prisma } from "../../db/generated/client";
import type { Tx } from "../transaction";
import type { WebhookContext } from "./types";

export async function paymentForIntentOrDefer(
  tx: Tx,
  paymentIntentId: string | null,
  object: unknown,
  ctx: WebhookContext,
): Promise<string | null> {
  if (!paymentIntentId) return null;
  const payment = await tx.payment.findUnique({
    where: { stripePaymentIntentId: paymentIntentId },
    select: { id: true },
  });
  if (payment) return payment.id;
  await tx.deferredWebhookEvent.create({
    data: { id: ctx.eventId, type: ctx.type, paymentIntentId, payload: object as Prisma.InputJsonValue },
  });
  return null;
}
