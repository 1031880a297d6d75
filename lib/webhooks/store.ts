// The delivery table as the deliverer sees it: claiming is one statement with SKIP LOCKED and a lease (as the
// outbox does), so two workers never send the same delivery at once and no transaction stays open during a POST.
import { db } from "../db/client";

/** How long a claimed delivery is left alone: past the send timeout, so a dead worker's claim lapses. */
export const WEBHOOK_LEASE_MS = 60_000;

export type ClaimedDelivery = {
  id: string;
  endpointId: string;
  eventId: string;
  body: string;
  attempts: number;
  createdAt: Date;
};

/** Due deliveries of enabled endpoints, their attempt counted now. */
export async function claimDueDeliveries(now: Date, limit: number): Promise<ClaimedDelivery[]> {
  const leaseEnds = new Date(now.getTime() + WEBHOOK_LEASE_MS);
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE "WebhookDelivery" SET "lockedUntil" = ${leaseEnds}, "attempts" = "attempts" + 1
    WHERE id IN (
      SELECT d.id FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
      WHERE d."status" = 'PENDING' AND e."enabled" AND d."nextAttemptAt" <= ${now}
        AND (d."lockedUntil" IS NULL OR d."lockedUntil" <= ${now})
      ORDER BY d."nextAttemptAt", d.id
      LIMIT ${limit}
      FOR UPDATE OF d SKIP LOCKED
    )
    RETURNING id, "endpointId", "eventId", body, attempts, "createdAt"`;
}

/** The earliest moment a pending delivery of an enabled endpoint falls due, or null when none waits. */
export async function nextDeliveryDueAt(): Promise<Date | null> {
  const next = await db.webhookDelivery.findFirst({
    where: { status: "PENDING", endpoint: { enabled: true } },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true, lockedUntil: true },
  });
  if (!next) return null;
  return next.lockedUntil && next.lockedUntil > next.nextAttemptAt ? next.lockedUntil : next.nextAttemptAt;
}
