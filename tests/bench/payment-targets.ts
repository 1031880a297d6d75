// Bench rows for payments: signed webhook events through the real route on the bench server, and
// checkout creation (lock, seat count, hold, provider call) measured in-process on a fresh PGlite.
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import type { Request as CannonRequest } from "autocannon";
import type { BenchTarget, Result } from "./run";

const WEBHOOK = "/api/webhooks/stripe";

/** The bench server runs in this directory without STRIPE_WEBHOOK_SECRET, so it checks the same local secret. */
async function localSecret(): Promise<string> {
  const { webhookSecret } = await import("../../lib/payments/provider/webhook-secret");
  return webhookSecret();
}

function signedEvent(
  secret: string,
  id: string,
): { method: "POST"; path: string; body: string; headers: Record<string, string> } {
  // An expiry for a session we do not know: verified, recorded once, looked up, nothing else to do.
  const body = JSON.stringify({
    id,
    object: "event",
    type: "checkout.session.expired",
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        id: `cs_bench_${id}`,
        object: "checkout.session",
        status: "expired",
        payment_status: "unpaid",
        metadata: {},
        expires_at: 1,
      },
    },
  });
  return {
    method: "POST",
    path: WEBHOOK,
    body,
    headers: {
      "content-type": "application/json",
      "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload: body, secret }),
    },
  };
}

export async function paymentTargets(base: string): Promise<BenchTarget[]> {
  const secret = await localSecret();
  const probe = signedEvent(secret, `evt_probe_${randomBytes(6).toString("hex")}`);
  const answer = await fetch(base + WEBHOOK, { method: "POST", headers: probe.headers, body: probe.body });
  if (!answer.ok)
    throw new Error(
      `bench: the webhook refused the bench's signature (HTTP ${answer.status}); is STRIPE_WEBHOOK_SECRET set differently for the server?`,
    );
  let counter = 0;
  const prefix = randomBytes(4).toString("hex");
  const duplicate = signedEvent(secret, `evt_dup_${prefix}`);
  return [
    {
      name: "webhook event (signed, processed once)",
      path: WEBHOOK,
      method: "POST",
      setupRequest: (request: CannonRequest) => ({
        ...request,
        ...signedEvent(secret, `evt_bench_${prefix}_${(counter += 1)}`),
      }),
    },
    {
      name: "webhook event (repeat of a processed one)",
      path: WEBHOOK,
      method: "POST",
      setupRequest: (request: CannonRequest) => ({ ...request, ...duplicate }),
    },
  ];
}

/** Checkout creation for distinct learners, 8 at a time, against the built-in provider on in-memory PGlite. */
export async function measureCheckoutCreation(total = 400, concurrency = 8): Promise<Result> {
  process.stdout.write("measuring checkout creation (in-process)…\n");
  const { openPglite } = await import("../../lib/db/connection");
  const { deployMigrations } = await import("../../lib/db/migrations/deploy");
  const { readMigrations } = await import("../../lib/db/migrations/files");
  const { pgliteRunner } = await import("../../lib/db/migrations/sql-runner");
  const { createPgliteClient, setDb } = await import("../../lib/db/client");
  const { startCheckout } = await import("../../lib/payments/checkout-service");
  const pglite = await openPglite();
  await deployMigrations(pgliteRunner(pglite, false), readMigrations());
  const db = createPgliteClient(pglite);
  setDb(db);
  try {
    const instructor = await db.user.create({ data: { email: "bench-teacher@example.test", role: "INSTRUCTOR" } });
    const course = await db.course.create({
      data: {
        slug: "bench-paid",
        title: "Bench course",
        summary: "s",
        description: "d",
        topic: "APIS",
        level: "BEGINNER",
        priceCents: 7900,
        status: "PUBLISHED",
        publishedAt: new Date(),
        outcomes: [],
        instructorId: instructor.id,
      },
    });
    const buyers = await Promise.all(
      Array.from({ length: total }, (_, i) =>
        db.user.create({ data: { email: `bench-buyer-${i}@example.test` }, select: { id: true, email: true } }),
      ),
    );
    const latencies: number[] = [];
    let errors = 0;
    const started = performance.now();
    for (let i = 0; i < total; i += concurrency) {
      await Promise.all(
        buyers.slice(i, i + concurrency).map(async (buyer) => {
          const t0 = performance.now();
          const result = await startCheckout(buyer, { courseSlug: course.slug }).catch(() => null);
          if (result?.kind !== "redirect") errors += 1;
          latencies.push(performance.now() - t0);
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!);
    return {
      name: "checkout creation (in-process, PGlite)",
      path: "startCheckout()",
      rps: total / seconds,
      p50: at(0.5),
      p99: at(0.99),
      errors,
      non2xx: 0,
    };
  } finally {
    setDb(undefined);
    await db.$disconnect();
    await pglite.close();
  }
}
