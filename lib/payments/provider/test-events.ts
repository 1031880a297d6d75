// The built-in test provider's webhook side: Stripe-shaped events, signed in Stripe's format with the
// local secret and POSTed to our own webhook route, exactly as Stripe would deliver them.
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import { appUrl } from "../../accounts/urls";
import { webhookSecret } from "./webhook-secret";
import { logError, logger } from "../../observability/logger";

export type TestEvent = { id: string; type: string; payload: string };

export type WebhookDelivery = (payload: string, signature: string) => Promise<{ status: number }>;

async function postToOwnRoute(payload: string, signature: string): Promise<{ status: number }> {
  const response = await fetch(appUrl("/api/webhooks/stripe"), {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status };
}

let delivery: WebhookDelivery = postToOwnRoute;

/** Tests hand events to the route handler directly instead of over HTTP. */
export function setWebhookDelivery(next: WebhookDelivery | null): void {
  delivery = next ?? postToOwnRoute;
}

export function testId(prefix: string): string {
  return `${prefix}_test_${randomBytes(12).toString("hex")}`;
}

export function buildEvent(type: string, object: Record<string, unknown>): TestEvent {
  const id = testId("evt");
  const event = {
    id,
    object: "event",
    api_version: "2025-01-27",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type,
    data: { object },
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  };
  return { id, type, payload: JSON.stringify(event) };
}

export function signPayload(payload: string, secret = webhookSecret()): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret });
}

/** Sends the event; a failed delivery is logged, not thrown (Stripe would retry; reconciliation catches up). */
export async function deliverEvent(event: TestEvent): Promise<boolean> {
  try {
    const { status } = await delivery(event.payload, signPayload(event.payload));
    if (status >= 300) logger().error({ type: event.type, status }, "test provider: webhook not accepted");
    return status < 300;
  } catch (error) {
    logError(error, { type: event.type }, "test provider: webhook not delivered");
    return false;
  }
}
