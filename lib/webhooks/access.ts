// Who may manage an endpoint: its owner, and admins. Anyone else is told it does not exist.
import { DomainError } from "../actions/errors";
import type { UserRole } from "../auth/roles";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type WebhookActor = { id: string; role: UserRole };

export const NOT_FOUND = "That webhook endpoint does not exist, or is not yours.";

export function visibleEndpoints(actor: WebhookActor): Prisma.WebhookEndpointWhereInput {
  return actor.role === "ADMIN" ? {} : { ownerId: actor.id };
}

export async function getEndpointForActorOrThrow(actor: WebhookActor, endpointId: string) {
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { id: endpointId, ...visibleEndpoints(actor) },
    select: { id: true, ownerId: true, url: true, enabled: true },
  });
  if (!endpoint) throw new DomainError(NOT_FOUND);
  return endpoint;
}
