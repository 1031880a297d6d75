import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { buildEvent, signPayload } from "@/lib/payments/provider/test-events";
import { verifyWebhook, WebhookSignatureError } from "@/lib/payments/webhooks/process-event";
import { WEBHOOK_HANDLERS } from "@/lib/payments/webhooks";

const secret = "whsec_unit_test_secret";

describe("webhook signatures", () => {
  it("the test provider signs in Stripe's format: the stripe package verifies it", () => {
    const event = buildEvent("checkout.session.completed", { id: "cs_1" });
    const header = signPayload(event.payload, secret);
    expect(header).toMatch(/^t=\d+,v1=[a-f0-9]{64}$/);
    expect(Stripe.webhooks.constructEvent(event.payload, header, secret).id).toBe(event.id);
    expect(verifyWebhook(event.payload, header, secret)).toMatchObject({
      id: event.id,
      type: "checkout.session.completed",
    });
  });
  it("refuses another secret, a changed body, a stale timestamp and no header", () => {
    const event = buildEvent("charge.refunded", { id: "ch_1" });
    expect(() => verifyWebhook(event.payload, signPayload(event.payload, "whsec_other"), secret)).toThrow(
      WebhookSignatureError,
    );
    expect(() =>
      verifyWebhook(event.payload.replace("ch_1", "ch_2"), signPayload(event.payload, secret), secret),
    ).toThrow(WebhookSignatureError);
    const old = Stripe.webhooks.generateTestHeaderString({
      payload: event.payload,
      secret,
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    expect(() => verifyWebhook(event.payload, old, secret)).toThrow(WebhookSignatureError);
    expect(() => verifyWebhook(event.payload, null, secret)).toThrow(WebhookSignatureError);
  });
  it("handles exactly the allow-list", () => {
    expect(Object.keys(WEBHOOK_HANDLERS).sort()).toEqual([
      "charge.dispute.closed",
      "charge.dispute.created",
      "charge.refunded",
      "checkout.session.async_payment_failed",
      "checkout.session.async_payment_succeeded",
      "checkout.session.completed",
      "checkout.session.expired",
    ]);
  });
});
