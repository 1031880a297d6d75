// Emitting a webhook event: one outbox row in the caller's transaction, so the event exists if and only if the
// change commits. The outbox's deliverer fans it out to the matching endpoints (lib/webhooks/fan-out.ts).
import { randomBytes } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import { enqueue } from "../outbox/enqueue";
import type { WebhookEventData, WebhookEventType } from "./events";

/** A Standard Webhooks message id: unique, and in time order when compared as text. */
export function newMessageId(now = new Date()): string {
  return `msg_${now.getTime().toString(36).padStart(9, "0")}${randomBytes(10).toString("hex")}`;
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
