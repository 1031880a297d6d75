// Registering and managing webhook endpoints. The secret is returned when it is made (at registration and at
// each rotation) and never shown again.
import { DomainError } from "../actions/errors";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { getEndpointForActorOrThrow, NOT_FOUND, visibleEndpoints, type WebhookActor } from "./access";
import { webhookBody } from "./body";
import { newMessageId } from "./emit";
import { isCourseEvent, TEST_EVENT_TYPE, type WebhookEventType } from "./events";
import { kickWebhooks } from "./kick";
import { WEBHOOK_ENDPOINTS_PER_OWNER } from "./schema";
import { generateWebhookSecret } from "./signing";
import { checkTarget, TargetRefused, targetPolicy, type TargetPolicy } from "./target";

const HOUR_MS = 3_600_000;

export type CreatedWebhookEndpoint = { id: string; secret: string };

export async function createWebhookEndpoint(
  actor: WebhookActor,
  input: { url: string; description: string; eventTypes: WebhookEventType[] },
  ip: string,
  policy: TargetPolicy = targetPolicy(),
): Promise<CreatedWebhookEndpoint> {
  if (actor.role !== "ADMIN") {
    const refused = input.eventTypes.filter((type) => !isCourseEvent(type));
    if (refused.length) {
      throw new DomainError("Instructors receive the events of their own courses only.", {
        eventTypes: [`Only admins receive: ${refused.join(", ")}.`],
      });
    }
  }
  try {
    await checkTarget(input.url, policy);
  } catch (error) {
    if (error instanceof TargetRefused) throw new DomainError(error.message, { url: [error.message] });
    throw error;
  }
  if ((await db.webhookEndpoint.count({ where: { ownerId: actor.id } })) >= WEBHOOK_ENDPOINTS_PER_OWNER) {
    throw new DomainError(`You can register at most ${WEBHOOK_ENDPOINTS_PER_OWNER} endpoints. Delete one first.`);
  }
  const secret = generateWebhookSecret();
  const endpoint = await db.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({
      data: {
        ownerId: actor.id,
        url: input.url,
        description: input.description,
        eventTypes: input.eventTypes,
        secret,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "webhook.created",
        targetType: "WebhookEndpoint",
        targetId: created.id,
        ip,
        meta: { url: input.url, eventTypes: input.eventTypes },
      },
      tx,
    );
    return created;
  });
  return { id: endpoint.id, secret };
}

/** A new secret; the old one keeps signing beside it for `overlapHours`, so receivers can switch without a gap. */
export async function rotateWebhookSecret(
  actor: WebhookActor,
  input: { endpointId: string; overlapHours: string },
  ip: string,
  now = new Date(),
): Promise<{ secret: string; previousValidUntil: string | null }> {
  const { id } = await getEndpointForActorOrThrow(actor, input.endpointId);
  const secret = generateWebhookSecret();
  const hours = Number(input.overlapHours);
  const until = hours > 0 ? new Date(now.getTime() + hours * HOUR_MS) : null;
  await db.$transaction(async (tx) => {
    const current = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id }, select: { secret: true } });
    await tx.webhookEndpoint.update({
      where: { id },
      data: { secret, previousSecret: until ? current.secret : null, previousSecretUntil: until },
    });
    await recordAudit(
      { actorId: actor.id, action: "webhook.secret_rotated", targetType: "WebhookEndpoint", targetId: id, ip },
      tx,
    );
  });
  return { secret, previousValidUntil: until?.toISOString() ?? null };
}

export async function setWebhookEnabled(
  actor: WebhookActor,
  input: { endpointId: string; enabled: boolean },
): Promise<{ enabled: boolean }> {
  const { id } = await getEndpointForActorOrThrow(actor, input.endpointId);
  await db.webhookEndpoint.update({
    where: { id },
    data: input.enabled ? { enabled: true, failureStreak: 0, disabledReason: null } : { enabled: false },
  });
  if (input.enabled) kickWebhooks();
  return { enabled: input.enabled };
}

export async function deleteWebhookEndpoint(actor: WebhookActor, endpointId: string, ip: string): Promise<void> {
  const endpoint = await getEndpointForActorOrThrow(actor, endpointId);
  await db.$transaction(async (tx) => {
    await tx.webhookEndpoint.delete({ where: { id: endpoint.id } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "webhook.deleted",
        targetType: "WebhookEndpoint",
        targetId: endpoint.id,
        ip,
        meta: { url: endpoint.url },
      },
      tx,
    );
  });
}

/** Sends a delivery again, with the same event id (receivers de-duplicate on it) and a fresh 3-day window. */
export async function resendWebhookDelivery(actor: WebhookActor, deliveryId: string, now = new Date()): Promise<void> {
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, endpoint: visibleEndpoints(actor) },
    data: { status: "PENDING", nextAttemptAt: now, createdAt: now, lockedUntil: null },
  });
  if (count === 0) throw new DomainError(NOT_FOUND);
  kickWebhooks();
}

/** A `webhook.test` event queued for this endpoint alone, whatever it subscribes to. */
export async function sendTestWebhook(actor: WebhookActor, endpointId: string, now = new Date()): Promise<void> {
  const endpoint = await getEndpointForActorOrThrow(actor, endpointId);
  if (!endpoint.enabled) throw new DomainError("Enable the endpoint first: a disabled endpoint receives nothing.");
  const id = newMessageId(now);
  await db.webhookDelivery.create({
    data: {
      endpointId: endpoint.id,
      eventId: id,
      eventType: TEST_EVENT_TYPE,
      createdAt: now,
      nextAttemptAt: now,
      body: webhookBody({
        id,
        type: TEST_EVENT_TYPE,
        timestamp: now.toISOString(),
        data: { endpointId: endpoint.id, message: "A test event from Backend Academy." },
      }),
    },
  });
  kickWebhooks();
}
