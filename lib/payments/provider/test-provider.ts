// The built-in test provider (no Stripe keys): keeps what Stripe would keep in TestCheckoutSession and
// answers in Stripe's JSON shapes, so the rest of the payment code cannot tell the difference.
import { db } from "../../db/client";
import type { TestCheckoutSession } from "../../db/generated/client";
import { appUrl } from "../../accounts/urls";
import { buildEvent, deliverEvent, testId } from "./test-events";
import { checkoutSessionSchema, type CheckoutInput, type PaymentProvider, type RefundInput } from "./types";

export type TestRefund = { id: string; amount: number; idempotencyKey: string };

export function refundsOf(row: Pick<TestCheckoutSession, "refunds">): TestRefund[] {
  return Array.isArray(row.refunds) ? (row.refunds as TestRefund[]) : [];
}

/** A session past its expiry reads as expired, as Stripe's would. */
export function effectiveStatus(row: TestCheckoutSession, now = new Date()): string {
  return row.status === "open" && row.expiresAt <= now ? "expired" : row.status;
}

export function sessionJson(row: TestCheckoutSession, now = new Date()) {
  return {
    id: row.id,
    object: "checkout.session",
    mode: "payment",
    url: effectiveStatus(row, now) === "open" ? appUrl(`/checkout/test/${row.id}`) : null,
    status: effectiveStatus(row, now),
    payment_status: row.paymentStatus,
    payment_intent: row.paymentIntentId,
    client_reference_id: row.clientReferenceId,
    customer_email: row.customerEmail,
    metadata: row.metadata,
    amount_total: row.amountTotal,
    currency: row.currency,
    expires_at: Math.floor(row.expiresAt.getTime() / 1000),
    success_url: row.successUrl,
    cancel_url: row.cancelUrl,
    livemode: false,
  };
}

export function chargeJson(row: TestCheckoutSession) {
  const refunds = refundsOf(row);
  const refunded = refunds.reduce((sum, r) => sum + r.amount, 0);
  return {
    id: row.paymentIntentId!.replace(/^pi_/, "ch_"),
    object: "charge",
    amount: row.amountTotal,
    amount_refunded: refunded,
    refunded: refunded >= row.amountTotal,
    currency: row.currency,
    payment_intent: row.paymentIntentId,
    receipt_url: null,
    refunds: {
      object: "list",
      data: refunds.map((r) => ({
        id: r.id,
        object: "refund",
        amount: r.amount,
        status: "succeeded",
        reason: "requested_by_customer",
      })),
    },
  };
}

async function create(input: CheckoutInput) {
  // Same idempotency contract as Stripe: a repeated key answers the session it created first.
  const existing = await db.testCheckoutSession.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  const row =
    existing ??
    (await db.testCheckoutSession.create({
      data: {
        id: testId("cs"),
        idempotencyKey: input.idempotencyKey,
        amountTotal: input.amountCents,
        currency: input.currency,
        customerEmail: input.customerEmail,
        clientReferenceId: input.clientReferenceId,
        metadata: { ...input.metadata, productName: input.productName, description: input.description },
        successUrl: input.successUrl,
        cancelUrl: input.cancelUrl,
        expiresAt: input.expiresAt,
      },
    }));
  return checkoutSessionSchema.parse(sessionJson(row));
}

/**
 * Same idempotency contract as Stripe, held atomically: the session's row lock queues requests for one
 * payment, so a repeated key (even sent at the same moment) answers the refund it made first, and only
 * a new refund sends charge.refunded.
 */
async function refund(input: RefundInput) {
  const { made, event } = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "TestCheckoutSession" WHERE "paymentIntentId" = ${input.paymentIntentId} FOR UPDATE`;
    const row = await tx.testCheckoutSession.findUnique({ where: { paymentIntentId: input.paymentIntentId } });
    if (!row || row.paymentStatus !== "paid") throw new Error(`No such payment_intent: ${input.paymentIntentId}`);
    const refunds = refundsOf(row);
    const repeat = refunds.find((r) => r.idempotencyKey === input.idempotencyKey);
    if (repeat) return { made: repeat, event: null };
    const refunded = refunds.reduce((sum, r) => sum + r.amount, 0);
    if (input.amountCents < 1 || refunded + input.amountCents > row.amountTotal)
      throw new Error("Refund amount is greater than the unrefunded amount.");
    const added: TestRefund = { id: testId("re"), amount: input.amountCents, idempotencyKey: input.idempotencyKey };
    const updated = await tx.testCheckoutSession.update({
      where: { id: row.id },
      data: { refunds: [...refunds, added] },
    });
    return { made: added, event: buildEvent("charge.refunded", chargeJson(updated)) };
  });
  if (event) await deliverEvent(event);
  return { id: made.id, amountCents: made.amount };
}

export const testProvider: PaymentProvider = {
  name: "test",
  createCheckoutSession: create,
  async retrieveCheckoutSession(id: string) {
    return checkoutSessionSchema.parse(sessionJson(await db.testCheckoutSession.findUniqueOrThrow({ where: { id } })));
  },
  async expireCheckoutSession(id: string) {
    const { count } = await db.testCheckoutSession.updateMany({
      where: { id, status: "open" },
      data: { status: "expired" },
    });
    if (count === 1)
      await deliverEvent(
        buildEvent(
          "checkout.session.expired",
          sessionJson(await db.testCheckoutSession.findUniqueOrThrow({ where: { id } })),
        ),
      );
  },
  createRefund: refund,
};
