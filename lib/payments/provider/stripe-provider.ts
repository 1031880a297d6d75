// Real Stripe through its server SDK. Tests point it at a local HTTP server with host/port/protocol.
import Stripe from "stripe";
import { checkoutSessionSchema, type CheckoutInput, type PaymentProvider, type RefundInput } from "./types";

export type StripeConnection = { secretKey: string; host?: string; port?: number; protocol?: "http" | "https" };

export function createStripeProvider(connection: StripeConnection): PaymentProvider {
  const stripe = new Stripe(connection.secretKey, {
    host: connection.host,
    port: connection.port,
    protocol: connection.protocol,
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
  });
  return {
    name: "stripe",
    async createCheckoutSession(input: CheckoutInput) {
      const session = await stripe.checkout.sessions.create(
        {
          mode: "payment",
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: input.currency,
                unit_amount: input.amountCents,
                product_data: { name: input.productName, description: input.description },
              },
            },
          ],
          customer_email: input.customerEmail,
          client_reference_id: input.clientReferenceId,
          metadata: input.metadata,
          payment_intent_data: { metadata: input.metadata },
          success_url: input.successUrl,
          cancel_url: input.cancelUrl,
          expires_at: Math.floor(input.expiresAt.getTime() / 1000),
          ...(input.allowPromotionCodes ? { allow_promotion_codes: true } : {}),
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return checkoutSessionSchema.parse(session);
    },
    async retrieveCheckoutSession(id: string) {
      return checkoutSessionSchema.parse(await stripe.checkout.sessions.retrieve(id));
    },
    async expireCheckoutSession(id: string) {
      const session = checkoutSessionSchema.parse(await stripe.checkout.sessions.retrieve(id));
      if (session.status === "open") await stripe.checkout.sessions.expire(id);
    },
    async createRefund(input: RefundInput) {
      const refund = await stripe.refunds.create(
        { payment_intent: input.paymentIntentId, amount: input.amountCents, metadata: input.metadata },
        { idempotencyKey: input.idempotencyKey },
      );
      return { id: refund.id, amountCents: refund.amount };
    },
  };
}
