// The transactional outbox on a real database: an effect exists only if its transaction committed, is delivered
// once however many workers run, is retried with backoff, ends dead after the last attempt, and an admin's retry
// brings it back.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { deliverOutbox } from "@/lib/worker/outbox-delivery";
import { MAX_DELIVERY_ATTEMPTS } from "@/lib/outbox/backoff";
import { enqueue } from "@/lib/outbox/enqueue";
import { onOutboxKick } from "@/lib/outbox/kick";
import { retryOutboxDefinition } from "@/lib/ops/definitions";
import { claimsOf, scopeFor } from "../auth/helpers";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
  // These tests drive delivery themselves, with their own clock.
  onOutboxKick(null);
});

const mail = (to: string) => ({ to, subject: "Hello", text: "Body", kind: "test-mail" });

describe("transactional outbox", () => {
  it("delivers nothing from a transaction that rolled back", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        await enqueue(tx, "mail", mail("rolled-back@example.test"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(
      await t.db.outboxMessage.count({ where: { payload: { path: ["to"], equals: "rolled-back@example.test" } } }),
    ).toBe(0);
    await deliverOutbox();
    expect(await t.db.emailOutbox.count({ where: { to: "rolled-back@example.test" } })).toBe(0);
  });

  it("delivers a committed mail once, records it, and forgets its body", async () => {
    await t.db.$transaction((tx) => enqueue(tx, "mail", mail("once@example.test")));
    const [first, second] = await Promise.all([deliverOutbox(), deliverOutbox()]);
    expect(first.delivered + second.delivered).toBe(1);
    expect(await deliverOutbox()).toEqual({ delivered: 0, failed: 0 });
    const mails = await t.db.emailOutbox.findMany({ where: { to: "once@example.test" } });
    expect(mails).toHaveLength(1);
    const row = await t.db.outboxMessage.findUniqueOrThrow({ where: { id: mails[0]!.sourceId! } });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 1, payload: {} });
  });

  it("adds nothing for a key it already holds", async () => {
    for (let i = 0; i < 3; i += 1)
      await t.db.$transaction((tx) => enqueue(tx, "mail", mail("keyed@example.test"), { dedupeKey: "receipt:p1" }));
    expect(await t.db.outboxMessage.count({ where: { dedupeKey: "receipt:p1" } })).toBe(1);
  });

  it("keeps one copy when a worker died after delivering but before recording it", async () => {
    await t.db.$transaction((tx) => enqueue(tx, "mail", mail("crash@example.test")));
    await deliverOutbox();
    const row = await t.db.emailOutbox.findFirstOrThrow({ where: { to: "crash@example.test" } });
    // As if the "delivered" mark never happened: pending again, its lease long gone.
    await t.db.outboxMessage.update({
      where: { id: row.sourceId! },
      data: { status: "PENDING", payload: mail("crash@example.test"), lockedUntil: null },
    });
    expect((await deliverOutbox()).delivered).toBe(1);
    expect(await t.db.emailOutbox.count({ where: { to: "crash@example.test" } })).toBe(1);
  });

  it("retries a failure with growing pauses, then holds it dead until an admin retries it", async () => {
    // An automatic refund whose payment is gone fails on every attempt.
    await t.db.$transaction((tx) =>
      enqueue(tx, "payments.auto-refund", {
        paymentId: "gone",
        paymentIntentId: "pi_gone",
        amountCents: 100,
        reason: "test",
      }),
    );
    const row = () => t.db.outboxMessage.findFirstOrThrow({ where: { topic: "payments.auto-refund" } });
    let clock = Date.now();
    expect(await deliverOutbox(() => new Date(clock))).toEqual({ delivered: 0, failed: 1 });
    const afterFirst = await row();
    expect(afterFirst).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null });
    expect(afterFirst.nextAttemptAt.getTime() - clock).toBe(5_000);
    // Not due yet: nothing happens.
    expect(await deliverOutbox(() => new Date(clock + 4_000))).toEqual({ delivered: 0, failed: 0 });
    for (let attempt = 2; attempt <= MAX_DELIVERY_ATTEMPTS; attempt += 1) {
      clock = (await row()).nextAttemptAt.getTime();
      expect(await deliverOutbox(() => new Date(clock))).toEqual({ delivered: 0, failed: 1 });
    }
    const dead = await row();
    expect(dead).toMatchObject({ status: "DEAD", attempts: MAX_DELIVERY_ATTEMPTS });
    expect(dead.lastError).toMatch(/No record was found|not found/i);
    expect(await deliverOutbox(() => new Date(clock + 86_400_000))).toEqual({ delivered: 0, failed: 0 });

    const learner = await t.db.user.create({
      data: { email: "learner-outbox@example.test", role: "LEARNER" },
      select: { id: true, sessionVersion: true },
    });
    const admin = await t.db.user.create({
      data: { email: "admin-outbox@example.test", role: "ADMIN" },
      select: { id: true, sessionVersion: true },
    });
    const refused = await runAction(retryOutboxDefinition, { id: dead.id }, scopeFor(claimsOf(learner)));
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await row()).status).toBe("DEAD");
    const retried = await runAction(retryOutboxDefinition, { id: dead.id }, scopeFor(claimsOf(admin)));
    expect(retried).toEqual({ ok: true, data: { retried: true } });
    expect(await row()).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await t.db.auditLog.count({ where: { action: "ops.outbox_retried", targetId: dead.id } })).toBe(1);
    const again = await runAction(retryOutboxDefinition, { id: dead.id }, scopeFor(claimsOf(admin)));
    expect(again).toMatchObject({ ok: false, error: expect.stringContaining("not waiting for a retry") });
  });
});
