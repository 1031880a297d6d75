// Outbound webhooks end to end on a real database and a real receiver on loopback: an enrolment's event reaches
// an admin's endpoint signed as Standard Webhooks says (checked with the `standardwebhooks` package), a receiver
// that fails twice is tried three times with growing gaps, a rotation signs with both secrets for its window,
// an instructor's endpoint hears only their own courses, and a receiver dead for 3 days gets its endpoint
// disabled and its owner a mail. The retry clock and jitter are passed in: nothing here sleeps.
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantEnrollment } from "@/lib/enrolment/admin-grant";
import { enrollInFreeCourse } from "@/lib/learning/mutations";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { getWebhookEndpointDetail } from "@/lib/webhooks/queries";
import {
  createWebhookEndpoint,
  resendWebhookDelivery,
  rotateWebhookSecret,
  sendTestWebhook,
} from "@/lib/webhooks/service";
import { systemResolver, type TargetPolicy } from "@/lib/webhooks/target";
import { deliverOutbox } from "@/lib/worker/outbox-delivery";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { createPerson } from "../discussions/fixtures";
import { createCourse } from "../learning/fixtures";
import { startReceiver, type Receiver } from "./receiver";

const LOOPBACK_ALLOWED: TargetPolicy = { production: false, allowLoopback: true, resolve: systemResolver };
const IP = "203.0.113.9";

let t: TestDatabase;
let receiver: Receiver;

beforeAll(async () => {
  t = await useTestDatabase();
  receiver = await startReceiver();
}, 120_000);

afterAll(async () => {
  await receiver?.close();
});

const deliver = (now = () => new Date()) =>
  deliverDueWebhooks({ now, random: () => 0, policy: LOOPBACK_ALLOWED, timeoutMs: 5_000 });

const headersOf = (request: Receiver["received"][number]) => ({
  "webhook-id": String(request.headers["webhook-id"]),
  "webhook-timestamp": String(request.headers["webhook-timestamp"]),
  "webhook-signature": String(request.headers["webhook-signature"]),
});

describe(`outbound webhooks (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("an enrolment reaches the admin's endpoint once, signed so that standardwebhooks verifies it", async () => {
    const admin = await createPerson(t.db, "Ada Admin", "ADMIN");
    const { course } = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }] });
    const learner = await createPerson(t.db, "Lou Learner");
    const made = await createWebhookEndpoint(
      admin,
      { url: receiver.url, description: "CRM", eventTypes: ["enrollment.created"] },
      IP,
      LOOPBACK_ALLOWED,
    );
    expect(made.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    receiver.answer([200]);
    receiver.received.length = 0;

    await enrollInFreeCourse(learner.id, course.slug);
    await deliverOutbox();
    expect(await deliver()).toEqual({ succeeded: 1, failed: 0 });
    expect(await deliver()).toEqual({ succeeded: 0, failed: 0 });

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const event = new Webhook(made.secret).verify(request!.body, headersOf(request!)) as {
      id: string;
      type: string;
      version: number;
      data: Record<string, unknown>;
    };
    expect(event).toMatchObject({
      type: "enrollment.created",
      version: 1,
      data: { userId: learner.id, email: learner.email, courseId: course.id, courseSlug: course.slug, source: "FREE" },
    });
    expect(event.id).toBe(request!.headers["webhook-id"]);
    expect(request!.body).not.toMatch(/whsec_|passwordHash/);
    // Another secret does not verify it, nor does a changed body.
    const stranger = new Webhook("whsec_" + Buffer.alloc(32, 7).toString("base64"));
    expect(() => stranger.verify(request!.body, headersOf(request!))).toThrow();
    expect(() => new Webhook(made.secret).verify(request!.body.replace("FREE", "PAID"), headersOf(request!))).toThrow();

    const detail = await getWebhookEndpointDetail(admin, made.id);
    expect(detail?.deliveries).toHaveLength(1);
    expect(detail!.deliveries[0]).toMatchObject({ status: "SUCCEEDED", attempts: 1, lastStatusCode: 200 });
    expect(detail!.deliveries[0]!.log[0]).toMatchObject({ attempt: 1, statusCode: 200, responseBody: "ok" });
    expect(JSON.stringify(detail)).not.toContain(made.secret);
  });

  it("a receiver answering 500 twice then 200 gets three attempts, the second gap longer than the first", async () => {
    const admin = await createPerson(t.db, "Rey Retry", "ADMIN");
    const made = await createWebhookEndpoint(
      admin,
      { url: receiver.url, description: "", eventTypes: ["payment.succeeded"] },
      IP,
      LOOPBACK_ALLOWED,
    );
    receiver.received.length = 0;
    receiver.answer([500, 500, 200]);
    const start = new Date();
    await sendTestWebhook(admin, made.id, start);
    const deliveryOf = () => t.db.webhookDelivery.findFirstOrThrow({ where: { endpointId: made.id } });

    let now = start;
    expect(await deliver(() => now)).toEqual({ succeeded: 0, failed: 1 });
    const afterFirst = await deliveryOf();
    expect(afterFirst).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 500 });
    const gap1 = afterFirst.nextAttemptAt.getTime() - now.getTime();

    // Not due yet: a round a moment before the retry sends nothing.
    now = new Date(afterFirst.nextAttemptAt.getTime() - 1);
    expect(await deliver(() => now)).toEqual({ succeeded: 0, failed: 0 });

    now = afterFirst.nextAttemptAt;
    expect(await deliver(() => now)).toEqual({ succeeded: 0, failed: 1 });
    const afterSecond = await deliveryOf();
    const gap2 = afterSecond.nextAttemptAt.getTime() - now.getTime();

    now = afterSecond.nextAttemptAt;
    expect(await deliver(() => now)).toEqual({ succeeded: 1, failed: 0 });
    expect(await deliveryOf()).toMatchObject({ status: "SUCCEEDED", attempts: 3, lastStatusCode: 200 });
    expect(receiver.received).toHaveLength(3);
    expect(gap1).toBe(5_000);
    expect(gap2).toBeGreaterThan(gap1);
    // One event id on every attempt (receivers de-duplicate on it); each attempt logged.
    expect(new Set(receiver.received.map((r) => r.headers["webhook-id"])).size).toBe(1);
    const log = await t.db.webhookAttempt.findMany({
      where: { delivery: { endpointId: made.id } },
      orderBy: { attempt: "asc" },
    });
    expect(log.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    expect(log[0]!.responseBody).toBe("failed with 500");
  });

  it("after a rotation both secrets sign until the overlap ends, then only the new one", async () => {
    const admin = await createPerson(t.db, "Rosa Rotate", "ADMIN");
    const made = await createWebhookEndpoint(
      admin,
      { url: receiver.url, description: "", eventTypes: ["booking.created"] },
      IP,
      LOOPBACK_ALLOWED,
    );
    const rotated = await rotateWebhookSecret(admin, { endpointId: made.id, overlapHours: "24" }, IP);
    expect(rotated.secret).not.toBe(made.secret);
    receiver.answer([200]);
    receiver.received.length = 0;
    await sendTestWebhook(admin, made.id);
    await deliver();
    const [during] = receiver.received;
    expect(String(during!.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(new Webhook(made.secret).verify(during!.body, headersOf(during!))).toMatchObject({ type: "webhook.test" });
    expect(new Webhook(rotated.secret).verify(during!.body, headersOf(during!))).toMatchObject({
      type: "webhook.test",
    });

    await t.db.webhookEndpoint.update({
      where: { id: made.id },
      data: { previousSecretUntil: new Date(Date.now() - 1_000) },
    });
    await sendTestWebhook(admin, made.id);
    await deliver();
    const after = receiver.received[1]!;
    expect(() => new Webhook(made.secret).verify(after.body, headersOf(after))).toThrow();
    expect(new Webhook(rotated.secret).verify(after.body, headersOf(after))).toMatchObject({ type: "webhook.test" });
  });

  it("an instructor's endpoint hears their own course's events only, and cannot manage another's endpoint", async () => {
    const { course, instructor } = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }] });
    const owner = { id: instructor.id, role: "INSTRUCTOR" as const };
    const other = await createPerson(t.db, "Oscar Other", "INSTRUCTOR");
    const admin = await createPerson(t.db, "Alma Admin", "ADMIN");
    const learner = await createPerson(t.db, "Lia Learner");
    const own = await createWebhookEndpoint(
      owner,
      { url: receiver.url, description: "", eventTypes: ["enrollment.created"] },
      IP,
      LOOPBACK_ALLOWED,
    );
    const foreign = await createWebhookEndpoint(
      other,
      { url: receiver.url, description: "", eventTypes: ["enrollment.created"] },
      IP,
      LOOPBACK_ALLOWED,
    );
    await expect(
      createWebhookEndpoint(
        other,
        { url: receiver.url, description: "", eventTypes: ["payment.succeeded"] },
        IP,
        LOOPBACK_ALLOWED,
      ),
    ).rejects.toThrow(/own courses/);

    await grantEnrollment(admin.id, { email: learner.email, courseSlug: course.slug }, IP);
    await deliverOutbox();
    await deliver();
    expect(await t.db.webhookDelivery.count({ where: { endpointId: own.id, eventType: "enrollment.created" } })).toBe(
      1,
    );
    expect(await t.db.webhookDelivery.count({ where: { endpointId: foreign.id } })).toBe(0);

    expect(await getWebhookEndpointDetail(other, own.id)).toBeNull();
    await expect(rotateWebhookSecret(other, { endpointId: own.id, overlapHours: "0" }, IP)).rejects.toThrow(
      /does not exist/,
    );
    const delivery = await t.db.webhookDelivery.findFirstOrThrow({ where: { endpointId: own.id } });
    await expect(resendWebhookDelivery(other, delivery.id)).rejects.toThrow(/does not exist/);
  });

  it("three deliverers at once send each delivery exactly once (claims skip what another holds)", async () => {
    const admin = await createPerson(t.db, "Cora Concurrent", "ADMIN");
    const made = await createWebhookEndpoint(
      admin,
      { url: receiver.url, description: "", eventTypes: ["booking.cancelled"] },
      IP,
      LOOPBACK_ALLOWED,
    );
    receiver.answer([200]);
    receiver.received.length = 0;
    for (let i = 0; i < 40; i += 1) await sendTestWebhook(admin, made.id);
    const rounds = await Promise.all(
      [1, 2, 3].map(() => deliverDueWebhooks({ policy: LOOPBACK_ALLOWED, concurrency: 4 })),
    );
    expect(rounds.reduce((sum, r) => sum + r.succeeded, 0)).toBe(40);
    expect(receiver.received).toHaveLength(40);
    expect(new Set(receiver.received.map((r) => r.headers["webhook-id"])).size).toBe(40);
    expect(await t.db.webhookAttempt.count({ where: { delivery: { endpointId: made.id } } })).toBe(40);
  });

  it("a receiver that fails every attempt for 3 days: the delivery fails for good, the endpoint is disabled, its owner mailed", async () => {
    const admin = await createPerson(t.db, "Dee Dead", "ADMIN");
    const made = await createWebhookEndpoint(
      admin,
      { url: receiver.url, description: "", eventTypes: ["review.created"] },
      IP,
      LOOPBACK_ALLOWED,
    );
    receiver.answer([503]);
    let now = new Date();
    await sendTestWebhook(admin, made.id, now);
    let attempts = 0;
    for (;;) {
      const round = await deliver(() => now);
      attempts += round.failed;
      const delivery = await t.db.webhookDelivery.findFirstOrThrow({ where: { endpointId: made.id } });
      if (delivery.status !== "PENDING") break;
      now = delivery.nextAttemptAt;
      expect(attempts).toBeLessThan(40);
    }
    const endpoint = await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: made.id } });
    expect(endpoint).toMatchObject({ enabled: false, failureStreak: attempts });
    expect(endpoint.disabledReason).toMatch(/3 days/);
    expect(attempts).toBeGreaterThan(8);
    const delivery = await t.db.webhookDelivery.findFirstOrThrow({ where: { endpointId: made.id } });
    expect(delivery.status).toBe("FAILED");
    expect(now.getTime() - delivery.createdAt.getTime()).toBeLessThanOrEqual(3 * 24 * 3_600_000);
    await deliverOutbox();
    const mail = await t.db.emailOutbox.findFirst({ where: { to: admin.email, kind: "webhook-disabled" } });
    expect(mail?.text).toContain(receiver.url);
    // A disabled endpoint is not sent to, even when something is due.
    await resendWebhookDelivery(admin, delivery.id);
    expect(await deliver()).toEqual({ succeeded: 0, failed: 0 });
  });
});
