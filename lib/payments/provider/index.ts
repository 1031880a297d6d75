import "server-only";
import { env } from "../../env";
import { createStripeProvider } from "./stripe-provider";
import { testProvider } from "./test-provider";
import type { PaymentProvider } from "./types";

let override: PaymentProvider | null = null;
let stripeProvider: PaymentProvider | null = null;

/** Stripe when STRIPE_SECRET_KEY is set, the built-in test provider otherwise. */
export function paymentProvider(): PaymentProvider {
  if (override) return override;
  const secretKey = env().STRIPE_SECRET_KEY;
  if (!secretKey) return testProvider;
  stripeProvider ??= createStripeProvider({ secretKey });
  return stripeProvider;
}

/** Tests swap in a provider (e.g. Stripe pointed at a local fake server). */
export function setPaymentProvider(provider: PaymentProvider | null): void {
  override = provider;
}

export function isTestMode(): boolean {
  return paymentProvider().name === "test";
}
