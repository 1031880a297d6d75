// Sends what is due: each claimed delivery signed with its endpoint's live secrets and POSTed, its attempt
// logged; a 2xx settles it, anything else schedules the next try (backoff.ts) until its 3 days are spent. An
// endpoint whose every attempt failed for a delivery's whole window is disabled and its owner told by mail.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { compose } from "../email/templates";
import { env } from "../env";
import { enqueue } from "../outbox/enqueue";
import { kickOutbox } from "../outbox/kick";
import { nextWebhookAttemptAt } from "./backoff";
import { sendWebhook, type SendOutcome } from "./send";
import { signedHeaders } from "./signing";
import { claimDueDeliveries, type ClaimedDelivery } from "./store";
import { targetPolicy, type TargetPolicy } from "./target";

export type DeliverOptions = {
  now?: () => Date;
  /** Jitter source in [0, 1). */
  random?: () => number;
  policy?: TargetPolicy;
  timeoutMs?: number;
  /** Deliveries sent at once. */
  concurrency?: number;
};

export type WebhookRound = { succeeded: number; failed: number };

type Endpoint = {
  id: string;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
};

/** The secrets that sign now: the current one, and the previous one while its overlap lasts. */
export function liveSecrets(endpoint: Omit<Endpoint, "id" | "url">, now: Date): string[] {
  const overlap = endpoint.previousSecret && endpoint.previousSecretUntil && endpoint.previousSecretUntil > now;
  return overlap ? [endpoint.secret, endpoint.previousSecret!] : [endpoint.secret];
}

const ok = (outcome: SendOutcome) =>
  outcome.kind === "answered" && outcome.statusCode >= 200 && outcome.statusCode < 300;

function describe(outcome: SendOutcome): string {
  return outcome.kind === "answered" ? `answered ${outcome.statusCode}` : outcome.error;
}

async function disableEndpoint(tx: Prisma.TransactionClient, endpointId: string, reason: string): Promise<void> {
  const endpoint = await tx.webhookEndpoint.update({
    where: { id: endpointId },
    data: { enabled: false, disabledReason: reason },
    select: { url: true, owner: { select: { email: true } } },
  });
  const mail = compose(
    "A webhook endpoint was disabled",
    [
      `We stopped sending webhooks to ${endpoint.url}: ${reason}`,
      "Events from now on are not queued for it. Fix the receiver, then enable the endpoint again; the deliveries that failed can be resent from its log.",
    ],
    { label: "Open the endpoint", url: new URL(`/developers/webhooks/${endpointId}`, env().APP_URL).toString() },
  );
  await enqueue(tx, "mail", { to: endpoint.owner.email, ...mail, kind: "webhook-disabled" });
}

type Sent = { delivery: ClaimedDelivery; outcome: SendOutcome };

function attemptRow({ delivery, outcome }: Sent) {
  return {
    deliveryId: delivery.id,
    attempt: delivery.attempts,
    statusCode: outcome.kind === "answered" ? outcome.statusCode : null,
    durationMs: outcome.durationMs,
    responseBody: outcome.kind === "answered" ? outcome.body : "",
    error: ok(outcome) ? null : describe(outcome).slice(0, 500),
  };
}

/**
 * The successes of a batch, settled together in one transaction (a few statements for the whole batch, not a few
 * per delivery: what lets PGlite's single connection keep up with a busy endpoint).
 */
async function recordSuccesses(sent: Sent[], now: Date): Promise<void> {
  if (sent.length === 0) return;
  const byStatus = new Map<number, string[]>();
  for (const { delivery, outcome } of sent) {
    const code = outcome.kind === "answered" ? outcome.statusCode : 200;
    byStatus.set(code, [...(byStatus.get(code) ?? []), delivery.id]);
  }
  await db.$transaction([
    db.webhookAttempt.createMany({ data: sent.map(attemptRow) }),
    ...[...byStatus].map(([code, ids]) =>
      db.webhookDelivery.updateMany({
        where: { id: { in: ids } },
        data: { status: "SUCCEEDED", deliveredAt: now, lockedUntil: null, lastStatusCode: code, lastError: null },
      }),
    ),
    db.webhookEndpoint.updateMany({
      where: { id: { in: [...new Set(sent.map((s) => s.delivery.endpointId))] }, failureStreak: { gt: 0 } },
      data: { failureStreak: 0 },
    }),
  ]);
}

/** One failed attempt: logged, the next try scheduled or the delivery given up; true when the owner was mailed. */
async function recordFailure({ delivery, outcome }: Sent, now: Date, random: () => number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await tx.webhookAttempt.create({ data: attemptRow({ delivery, outcome }) });
    const statusCode = outcome.kind === "answered" ? outcome.statusCode : null;
    const next = nextWebhookAttemptAt(delivery.attempts, delivery.createdAt, now, random);
    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        lockedUntil: null,
        lastStatusCode: statusCode,
        lastError: describe(outcome).slice(0, 500),
        ...(next ? { nextAttemptAt: next } : { status: "FAILED" as const }),
      },
    });
    const endpoint = await tx.webhookEndpoint.update({
      where: { id: delivery.endpointId },
      data: { failureStreak: { increment: 1 } },
      select: { failureStreak: true, enabled: true },
    });
    // Given up, and nothing sent to this endpoint has succeeded since this delivery's first attempt.
    if (!next && endpoint.enabled && endpoint.failureStreak >= delivery.attempts) {
      await disableEndpoint(tx, delivery.endpointId, "every attempt failed for 3 days.");
      return true;
    }
    return false;
  });
}

async function sendOne(
  delivery: ClaimedDelivery,
  endpoint: Endpoint | undefined,
  options: Required<Omit<DeliverOptions, "concurrency">>,
): Promise<SendOutcome> {
  if (!endpoint) return { kind: "failed", error: "the endpoint is gone", durationMs: 0 };
  const now = options.now();
  return sendWebhook(
    {
      url: endpoint.url,
      headers: signedHeaders(liveSecrets(endpoint, now), delivery.eventId, now, delivery.body),
      body: delivery.body,
    },
    options.policy,
    options.timeoutMs,
  );
}

/** Delivers everything due now, a batch at a time, until nothing due is left. */
export async function deliverDueWebhooks(options: DeliverOptions = {}): Promise<WebhookRound> {
  const settings = {
    now: options.now ?? (() => new Date()),
    random: options.random ?? Math.random,
    policy: options.policy ?? targetPolicy(),
    timeoutMs: options.timeoutMs ?? 10_000,
  };
  const concurrency = options.concurrency ?? 8;
  const round: WebhookRound = { succeeded: 0, failed: 0 };
  for (;;) {
    const batch = await claimDueDeliveries(settings.now(), concurrency * 4);
    if (batch.length === 0) return round;
    const endpoints = await db.webhookEndpoint.findMany({
      where: { id: { in: [...new Set(batch.map((d) => d.endpointId))] } },
      select: { id: true, url: true, secret: true, previousSecret: true, previousSecretUntil: true },
    });
    const byId = new Map(endpoints.map((endpoint) => [endpoint.id, endpoint]));
    const queue = [...batch];
    const sent: Sent[] = [];
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let delivery = queue.shift(); delivery; delivery = queue.shift()) {
          sent.push({ delivery, outcome: await sendOne(delivery, byId.get(delivery.endpointId), settings) });
        }
      }),
    );
    const now = settings.now();
    const succeeded = sent.filter((s) => ok(s.outcome));
    await recordSuccesses(succeeded, now);
    let mailed = false;
    for (const failure of sent.filter((s) => !ok(s.outcome)))
      mailed = (await recordFailure(failure, now, settings.random)) || mailed;
    if (mailed) await kickOutbox();
    round.succeeded += succeeded.length;
    round.failed += sent.length - succeeded.length;
  }
}
