// What the webhook pages show: endpoints (never their secrets) and each one's recent deliveries with attempts.
import { db } from "../db/client";
import { visibleEndpoints, type WebhookActor } from "./access";

const endpointSelect = {
  id: true,
  url: true,
  description: true,
  eventTypes: true,
  enabled: true,
  disabledReason: true,
  failureStreak: true,
  previousSecretUntil: true,
  createdAt: true,
  owner: { select: { email: true } },
} as const;

export async function listWebhookEndpoints(actor: WebhookActor) {
  return db.webhookEndpoint.findMany({
    where: visibleEndpoints(actor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: endpointSelect,
  });
}

export type WebhookEndpointSummary = Awaited<ReturnType<typeof listWebhookEndpoints>>[number];

/** The endpoint and its latest deliveries (newest first), each with its attempts; null when not the actor's. */
export async function getWebhookEndpointDetail(actor: WebhookActor, endpointId: string, take = 50) {
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { id: endpointId, ...visibleEndpoints(actor) },
    select: endpointSelect,
  });
  if (!endpoint) return null;
  const deliveries = await db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      eventId: true,
      eventType: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastStatusCode: true,
      lastError: true,
      createdAt: true,
      log: {
        orderBy: { attempt: "desc" },
        take: 5,
        select: {
          id: true,
          attempt: true,
          statusCode: true,
          durationMs: true,
          responseBody: true,
          error: true,
          createdAt: true,
        },
      },
    },
  });
  return { endpoint, deliveries };
}

export type WebhookEndpointDetail = NonNullable<Awaited<ReturnType<typeof getWebhookEndpointDetail>>>;
