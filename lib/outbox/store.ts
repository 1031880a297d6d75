// The outbox table as the deliverer and the status page see it. Claiming is one statement with SKIP LOCKED and a
// lease, so two workers (two instances, or a sweep beside a kick) never take the same message, and no
// transaction stays open while a mail is on its way.
import { db } from "../db/client";
import type { OutboxStatus } from "../db/generated/client";
import { afterFailure } from "./backoff";

/** How long a claimed message is left alone; a worker that dies mid-delivery frees it after this. */
export const DELIVERY_LEASE_MS = 60_000;

export type ClaimedMessage = { id: string; topic: string; payload: unknown; attempts: number };

export async function claimDue(now: Date, limit: number): Promise<ClaimedMessage[]> {
  const leaseEnds = new Date(now.getTime() + DELIVERY_LEASE_MS);
  return db.$queryRaw<ClaimedMessage[]>`
    UPDATE "OutboxMessage" SET "lockedUntil" = ${leaseEnds}, "attempts" = "attempts" + 1
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, topic, payload, attempts`;
}

/** Delivered: the payload is dropped (it may hold a sign-in link), the row stays as a record. */
export async function markDelivered(id: string, now: Date): Promise<void> {
  await db.outboxMessage.update({
    where: { id },
    data: { status: "DELIVERED", deliveredAt: now, lockedUntil: null, lastError: null, payload: {} },
  });
}

export async function markFailed(message: ClaimedMessage, error: string, now: Date): Promise<void> {
  const next = afterFailure(message.attempts, now);
  await db.outboxMessage.update({
    where: { id: message.id },
    data: {
      lockedUntil: null,
      lastError: error.slice(0, 500),
      ...(next.dead ? { status: "DEAD" as const } : { nextAttemptAt: next.nextAttemptAt }),
    },
  });
}

/** The earliest moment a pending message falls due, or null when none waits. */
export async function nextDueAt(): Promise<Date | null> {
  const next = await db.outboxMessage.findFirst({
    where: { status: "PENDING" },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true, lockedUntil: true },
  });
  if (!next) return null;
  return next.lockedUntil && next.lockedUntil > next.nextAttemptAt ? next.lockedUntil : next.nextAttemptAt;
}

export type OutboxSummary = { pending: number; dead: number; oldestPendingAt: Date | null };

export async function outboxSummary(): Promise<OutboxSummary> {
  const [groups, oldest] = await Promise.all([
    db.outboxMessage.groupBy({ by: ["status"], where: { status: { in: ["PENDING", "DEAD"] } }, _count: true }),
    db.outboxMessage.findFirst({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
  ]);
  const count = (status: OutboxStatus) => groups.find((g) => g.status === status)?._count ?? 0;
  return { pending: count("PENDING"), dead: count("DEAD"), oldestPendingAt: oldest?.createdAt ?? null };
}

export type DeadMessage = { id: string; topic: string; attempts: number; lastError: string | null; createdAt: Date };

export async function listDead(take = 20): Promise<DeadMessage[]> {
  return db.outboxMessage.findMany({
    where: { status: "DEAD" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, topic: true, attempts: true, lastError: true, createdAt: true },
  });
}

/** A person asks for another round: a dead message becomes pending, due now, with its attempts counted afresh. */
export async function retryDead(id: string, now: Date): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, status: "DEAD" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: now, lockedUntil: null },
  });
  return count === 1;
}
