// The local checkout page's buttons (TEST MODE only): they change the test provider's session as a
// customer on Stripe's hosted page would, and deliver the same signed events Stripe would send.
import { db } from "../../db/client";
import { PaymentError } from "../errors";
import { paymentProvider } from "./index";
import { buildEvent, deliverEvent, testId } from "./test-events";
import { effectiveStatus, sessionJson } from "./test-provider";

export type TestCheckoutView = {
  id: string;
  status: string;
  paymentStatus: string;
  declined: boolean;
  amountCents: number;
  currency: string;
  productName: string;
  description: string;
  customerEmail: string | null;
  cancelUrl: string;
  expiresAt: Date;
};

function assertTestMode(): void {
  if (paymentProvider().name !== "test")
    throw new PaymentError("Test checkout is off: this site takes real payments through Stripe.");
}

async function ownSession(userId: string, sessionId: string) {
  assertTestMode();
  const row = await db.testCheckoutSession.findUnique({ where: { id: sessionId } });
  if (!row || row.clientReferenceId !== userId)
    throw new PaymentError("This test checkout does not exist, or belongs to another account.");
  return row;
}

export async function getTestCheckout(userId: string, sessionId: string): Promise<TestCheckoutView | null> {
  try {
    const row = await ownSession(userId, sessionId);
    const meta = (row.metadata ?? {}) as Record<string, string>;
    return {
      id: row.id,
      status: effectiveStatus(row),
      paymentStatus: row.paymentStatus,
      declined: row.declined,
      amountCents: row.amountTotal,
      currency: row.currency,
      productName: meta.productName ?? "Course",
      description: meta.description ?? "",
      customerEmail: row.customerEmail,
      cancelUrl: row.cancelUrl,
      expiresAt: row.expiresAt,
    };
  } catch (error) {
    if (error instanceof PaymentError) return null;
    throw error;
  }
}

const successUrlOf = (row: { successUrl: string; id: string }) =>
  row.successUrl.replace("{CHECKOUT_SESSION_ID}", row.id);

/** Pay, decline, or pay later (an asynchronous method that settles afterwards). Returns where to go next. */
export async function actOnTestCheckout(
  userId: string,
  sessionId: string,
  outcome: "pay" | "decline" | "pay-later",
): Promise<{ next: string | null; declined: boolean }> {
  const row = await ownSession(userId, sessionId);
  if (effectiveStatus(row) !== "open")
    throw new PaymentError("This checkout has ended. Go back to the course to start again.");
  if (outcome === "decline") {
    // As on Stripe's page: the card is refused, nothing is charged, and the session stays open for another try.
    await db.testCheckoutSession.update({ where: { id: row.id }, data: { declined: true } });
    return { next: null, declined: true };
  }
  const { count } = await db.testCheckoutSession.updateMany({
    where: { id: row.id, status: "open" },
    data: {
      status: "complete",
      paymentStatus: outcome === "pay" ? "paid" : "unpaid",
      paymentIntentId: testId("pi"),
      declined: false,
    },
  });
  if (count === 0) throw new PaymentError("This checkout has already been completed.");
  const completed = await db.testCheckoutSession.findUniqueOrThrow({ where: { id: row.id } });
  await deliverEvent(buildEvent("checkout.session.completed", sessionJson(completed)));
  return { next: successUrlOf(completed), declined: false };
}

/** The delayed payment settles (or fails), as a bank debit would days later. */
export async function settleTestCheckout(
  userId: string,
  sessionId: string,
  outcome: "succeed" | "fail",
): Promise<{ next: string }> {
  const row = await ownSession(userId, sessionId);
  if (row.status !== "complete" || row.paymentStatus !== "unpaid" || row.declined)
    throw new PaymentError("This test payment is not waiting for the bank.");
  if (outcome === "succeed") {
    const updated = await db.testCheckoutSession.update({ where: { id: row.id }, data: { paymentStatus: "paid" } });
    await deliverEvent(buildEvent("checkout.session.async_payment_succeeded", sessionJson(updated)));
  } else {
    const updated = await db.testCheckoutSession.update({
      where: { id: row.id },
      data: { paymentStatus: "unpaid", status: "complete", declined: true },
    });
    await deliverEvent(buildEvent("checkout.session.async_payment_failed", sessionJson(updated)));
  }
  return { next: successUrlOf(row) };
}
