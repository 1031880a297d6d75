// Shared by the expiry and async-failure handlers (and cancel): the checkout ends, its seat goes back.
import { offerReleasedSeats } from "../../enrolment/seats";
import { lockPayment, type Tx } from "../transaction";

export async function releaseCheckout(
  tx: Tx,
  paymentId: string,
  to: "EXPIRED" | "FAILED",
  now: Date,
): Promise<{ released: boolean }> {
  await lockPayment(tx, paymentId);
  const { count } = await tx.payment.updateMany({
    where: { id: paymentId, status: { in: ["PENDING", "PROCESSING"] } },
    data: { status: to },
  });
  if (count === 0) return { released: false };
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { cohortId: true } });
  if (payment.cohortId) await offerReleasedSeats(tx, payment.cohortId, now);
  return { released: true };
}

export async function paymentIdForSession(
  tx: Tx,
  sessionId: string,
  metadataPaymentId: string | undefined,
): Promise<string | null> {
  const payment = await tx.payment.findUnique({ where: { stripeCheckoutSessionId: sessionId }, select: { id: true } });
  if (payment) return payment.id;
  if (!metadataPaymentId) return null;
  const byId = await tx.payment.findFirst({
    where: { id: metadataPaymentId, stripeCheckoutSessionId: null },
    select: { id: true },
  });
  return byId?.id ?? null;
}
