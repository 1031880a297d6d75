// Emitting a webhook event: one outbox row in the caller's transaction, so the event exists if and only if the
// change commits. The outbox's deliverer fans it out to the matching endpoints (lib/webhooks/fan-out.ts).
import { randomBytes } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import { enqueue } from "../outbox/enqueue";
import type { WebhookEventData, WebhookEventType } from "./events";

// Ids made in the same millisecond by this process carry a counter, so they sort in the order they were made.
const clock = { ms: -1, seq: 0 };

/** A Standard Webhooks message id: unique, and (within a process) in the order made when compared as text. */
export function newMessageId(now = new Date()): string {
  const ms = now.getTime();
  clock.seq = ms === clock.ms ? clock.seq + 1 : 0;
  clock.ms = ms;
  const time = ms.toString(36).padStart(9, "0");
  return `msg_${time}${clock.seq.toString(36).padStart(3, "0")}${randomBytes(8).toString("hex")}`;
}

/**
 * Whether any enabled endpoint subscribes to this type. Emitters ask first: while none listens (most changes,
 * most of the time) nothing is read or written. An endpoint registered while the change commits misses it.
 */
export async function listens(tx: Prisma.TransactionClient, type: WebhookEventType): Promise<boolean> {
  const endpoint = await tx.webhookEndpoint.findFirst({
    where: { enabled: true, eventTypes: { has: type } },
    select: { id: true },
  });
  return endpoint !== null;
}

export async function emitWebhookEvent(
  tx: Prisma.TransactionClient,
  type: WebhookEventType,
  data: WebhookEventData,
  scope: { courseId: string | null },
  now = new Date(),
): Promise<void> {
  const id = newMessageId(now);
  await enqueue(tx, "webhooks.event", { id, type, timestamp: now.toISOString(), data, courseId: scope.courseId });
}
