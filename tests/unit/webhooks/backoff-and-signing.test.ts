import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { baseRetryDelayMs, nextWebhookAttemptAt, WEBHOOK_RETRY_WINDOW_MS } from "@/lib/webhooks/backoff";
import { liveSecrets } from "@/lib/webhooks/deliver";
import { generateWebhookSecret, signatureOf, signedHeaders } from "@/lib/webhooks/signing";

describe("webhook retry schedule", () => {
  it("grows four times per failure from 5 s, capped at 12 h", () => {
    expect([1, 2, 3, 4].map(baseRetryDelayMs)).toEqual([5_000, 20_000, 80_000, 320_000]);
    expect(baseRetryDelayMs(20)).toBe(12 * 3_600_000);
  });

  it("jitter shortens a pause by at most a fifth", () => {
    const created = new Date("2026-01-01T00:00:00Z");
    const now = new Date("2026-01-01T00:00:10Z");
    expect(nextWebhookAttemptAt(2, created, now, () => 0)!.getTime() - now.getTime()).toBe(20_000);
    expect(nextWebhookAttemptAt(2, created, now, () => 0.999)!.getTime() - now.getTime()).toBe(16_004);
  });

  it("gives up once the next try would fall past 3 days after the event", () => {
    const created = new Date("2026-01-01T00:00:00Z");
    const late = new Date(created.getTime() + WEBHOOK_RETRY_WINDOW_MS - 60_000);
    expect(nextWebhookAttemptAt(9, created, late, () => 0)).toBeNull();
    expect(nextWebhookAttemptAt(1, created, late, () => 0)).not.toBeNull();
  });
});

describe("Standard Webhooks signatures", () => {
  it("HMAC-SHA256 of id.timestamp.body with the secret's decoded bytes, in base64 after v1,", () => {
    const key = Buffer.alloc(32, 3);
    const secret = `whsec_${key.toString("base64")}`;
    const expected = createHmac("sha256", key).update("msg_1.1700000000.{}").digest("base64");
    expect(signatureOf(secret, "msg_1", 1_700_000_000, "{}")).toBe(`v1,${expected}`);
  });

  it("lists one signature per live secret, space-separated", () => {
    const [a, b] = [generateWebhookSecret(), generateWebhookSecret()];
    const now = new Date("2026-05-01T12:00:00Z");
    const headers = signedHeaders([a, b], "msg_2", now, "{}");
    expect(headers["webhook-timestamp"]).toBe(String(now.getTime() / 1000));
    expect(headers["webhook-signature"].split(" ")).toEqual([
      signatureOf(a, "msg_2", now.getTime() / 1000, "{}"),
      signatureOf(b, "msg_2", now.getTime() / 1000, "{}"),
    ]);
  });

  it("the previous secret signs only until its overlap ends", () => {
    const now = new Date("2026-05-01T12:00:00Z");
    const endpoint = { secret: "whsec_new", previousSecret: "whsec_old" };
    expect(liveSecrets({ ...endpoint, previousSecretUntil: new Date(now.getTime() + 1) }, now)).toEqual([
      "whsec_new",
      "whsec_old",
    ]);
    expect(liveSecrets({ ...endpoint, previousSecretUntil: now }, now)).toEqual(["whsec_new"]);
  });
});
