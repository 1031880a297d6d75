// What the payment code needs from a provider: Stripe, or the built-in test provider when no keys are set.
import { z } from "zod";

export type CheckoutInput = {
  idempotencyKey: string;
  amountCents: number;
  currency: string;
  productName: string;
  description: string;
  customerEmail: string;
  clientReferenceId: string;
  metadata: Record<string, string>;
  successUrl: string;
  cancelUrl: string;
  expiresAt: Date;
  allowPromotionCodes: boolean;
};

export type RefundInput = {
  paymentIntentId: string;
  amountCents: number;
  idempotencyKey: string;
  metadata: Record<string, string>;
};

const metadataSchema = z
  .record(z.string(), z.string())
  .nullish()
  .transform((value) => value ?? {});
const idOf = z
  .union([z.string(), z.object({ id: z.string() }).transform((o) => o.id)])
  .nullish()
  .transform((v) => v ?? null);

/** The parts of a Stripe Checkout session we read, from an event payload or an API answer (snake_case JSON). */
export const checkoutSessionSchema = z
  .object({
    id: z.string().min(1),
    url: z.string().nullish(),
    status: z.enum(["open", "complete", "expired"]).nullish(),
    payment_status: z.enum(["paid", "unpaid", "no_payment_required"]),
    payment_intent: idOf,
    client_reference_id: z.string().nullish(),
    metadata: metadataSchema,
    amount_total: z.number().int().nullish(),
    currency: z.string().nullish(),
    expires_at: z.number().int(),
  })
  .transform((s) => ({
    id: s.id,
    url: s.url ?? null,
    status: s.status ?? null,
    paymentStatus: s.payment_status,
    paymentIntentId: s.payment_intent,
    clientReferenceId: s.client_reference_id ?? null,
    metadata: s.metadata,
    amountTotal: s.amount_total ?? null,
    currency: s.currency ?? null,
    expiresAt: new Date(s.expires_at * 1000),
  }));

export type CheckoutSessionView = z.output<typeof checkoutSessionSchema>;

export const chargeSchema = z.object({
  id: z.string().min(1),
  amount: z.number().int(),
  amount_refunded: z.number().int(),
  currency: z.string(),
  payment_intent: idOf,
  receipt_url: z.string().nullish(),
  refunds: z
    .object({ data: z.array(z.object({ id: z.string(), amount: z.number().int(), reason: z.string().nullish() })) })
    .nullish(),
});
export type ChargeView = z.output<typeof chargeSchema>;

export const disputeSchema = z.object({
  id: z.string().min(1),
  amount: z.number().int(),
  charge: idOf,
  payment_intent: idOf,
  status: z.string(),
  reason: z.string().nullish(),
});
export type DisputeView = z.output<typeof disputeSchema>;

export interface PaymentProvider {
  readonly name: "stripe" | "test";
  createCheckoutSession(input: CheckoutInput): Promise<CheckoutSessionView>;
  retrieveCheckoutSession(id: string): Promise<CheckoutSessionView>;
  /** Ends an open session now (the learner cancelled); a session already completed or expired is left alone. */
  expireCheckoutSession(id: string): Promise<void>;
  createRefund(input: RefundInput): Promise<{ id: string; amountCents: number }>;
}
