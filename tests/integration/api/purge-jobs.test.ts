// The scheduled purges: Idempotency-Key answers past their 24-hour window, and settled webhook deliveries past 30
// days, are deleted by the jobs' handlers; younger rows and pending deliveries stay.
import { beforeAll, describe, expect, it } from "vitest";
import { apiJobs } from "@/lib/api/v1/jobs";
import { webhookJobs } from "@/lib/webhooks/jobs";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { createPerson } from "../discussions/fixtures";

let t: TestDatabase;
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await useTestDatabase();
}, 120_000);

const run = async (jobs: typeof apiJobs, name: string) => jobs.find((job) => job.name === name)!.handler({});

describe("purge jobs", () => {
  it("api.purge-idempotency deletes stored answers older than 24 hours, on an hourly schedule", async () => {
    const owner = await createPerson(t.db, "Ida Idempotent", "ADMIN");
    const key = await t.db.apiKey.create({
      data: { userId: owner.id, name: "k", prefix: "ba_key_x", secretHash: "h-purge", scopes: ["courses:read"] },
    });
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);
    await t.db.apiIdempotency.createMany({
      data: [
        { apiKeyId: key.id, key: "old", fingerprint: "f", status: 201, body: {}, createdAt: at(25) },
        { apiKeyId: key.id, key: "stuck", fingerprint: "f", createdAt: at(30) },
        { apiKeyId: key.id, key: "fresh", fingerprint: "f", status: 201, body: {}, createdAt: at(23) },
      ],
    });
    await run(apiJobs, "api.purge-idempotency");
    expect((await t.db.apiIdempotency.findMany({ select: { key: true } })).map((row) => row.key)).toEqual(["fresh"]);
    expect(apiJobs.find((job) => job.name === "api.purge-idempotency")!.cron).toMatch(/^\d+ \* \* \* \*$/);
  });

  it("webhooks.purge-log deletes settled deliveries older than 30 days and keeps pending ones", async () => {
    const owner = await createPerson(t.db, "Lou Log", "ADMIN");
    const endpoint = await t.db.webhookEndpoint.create({
      data: {
        ownerId: owner.id,
        url: "https://crm.example.com/h",
        eventTypes: ["booking.created"],
        secret: "whsec_AA==",
      },
    });
    const row = (eventId: string, status: "SUCCEEDED" | "FAILED" | "PENDING", daysAgo: number) => ({
      endpointId: endpoint.id,
      eventId,
      eventType: "booking.created",
      body: "{}",
      status,
      createdAt: new Date(Date.now() - daysAgo * 24 * HOUR),
    });
    await t.db.webhookDelivery.createMany({
      data: [
        row("msg_old_ok", "SUCCEEDED", 31),
        row("msg_old_failed", "FAILED", 40),
        row("msg_old_pending", "PENDING", 31),
        row("msg_new", "SUCCEEDED", 2),
      ],
    });
    await run(webhookJobs, "webhooks.purge-log");
    const left = await t.db.webhookDelivery.findMany({ orderBy: { eventId: "asc" }, select: { eventId: true } });
    expect(left.map((d) => d.eventId)).toEqual(["msg_new", "msg_old_pending"]);
  });
});
