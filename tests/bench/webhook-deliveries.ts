// Webhook deliveries per second to a receiver on loopback (in-process, PGlite): `total` events queued for one
// endpoint, then sent by the deliverer as production sends them (claim with a lease, sign, POST, log the attempt,
// settle). The issue's aim: ≥ 200/s on PGlite. p50/p99 are the POSTs' own durations from the delivery log.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Result } from "./run";

export async function measureWebhookDeliveries(total = 1_000, concurrency = 16): Promise<Result> {
  process.stdout.write("measuring webhook deliveries (in-process)…\n");
  const { openPglite } = await import("../../lib/db/connection");
  const { deployMigrations } = await import("../../lib/db/migrations/deploy");
  const { readMigrations } = await import("../../lib/db/migrations/files");
  const { pgliteRunner } = await import("../../lib/db/migrations/sql-runner");
  const { createPgliteClient, setDb } = await import("../../lib/db/client");
  const { deliverDueWebhooks } = await import("../../lib/webhooks/deliver");
  const { webhookBody } = await import("../../lib/webhooks/body");
  const { newMessageId } = await import("../../lib/webhooks/emit");
  const { generateWebhookSecret } = await import("../../lib/webhooks/signing");
  const { systemResolver } = await import("../../lib/webhooks/target");
  let received = 0;
  const receiver = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      received += 1;
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const pglite = await openPglite();
  await deployMigrations(pgliteRunner(pglite, false), readMigrations());
  const db = createPgliteClient(pglite);
  setDb(db);
  try {
    const admin = await db.user.create({ data: { email: "bench-webhooks@example.test", role: "ADMIN" } });
    const endpoint = await db.webhookEndpoint.create({
      data: {
        ownerId: admin.id,
        url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`,
        eventTypes: ["enrollment.created"],
        secret: generateWebhookSecret(),
      },
    });
    const now = new Date();
    await db.webhookDelivery.createMany({
      data: Array.from({ length: total }, (_, i) => {
        const id = newMessageId(now);
        const data = { enrollmentId: `bench-${i}`, userId: admin.id, courseId: "bench-course" };
        return {
          endpointId: endpoint.id,
          eventId: id,
          eventType: "enrollment.created",
          body: webhookBody({ id, type: "enrollment.created", timestamp: now.toISOString(), data }),
          nextAttemptAt: now,
        };
      }),
    });
    const started = performance.now();
    const round = await deliverDueWebhooks({
      concurrency,
      policy: { production: false, allowLoopback: true, resolve: systemResolver },
    });
    const seconds = (performance.now() - started) / 1000;
    const durations = (await db.webhookAttempt.findMany({ select: { durationMs: true } }))
      .map((a) => a.durationMs)
      .sort((a, b) => a - b);
    const at = (q: number) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] ?? 0;
    return {
      name: "webhook deliveries to a loopback receiver (in-process, PGlite)",
      path: "deliverDueWebhooks()",
      rps: round.succeeded / seconds,
      p50: at(0.5),
      p99: at(0.99),
      errors: round.failed + (total - received),
      non2xx: 0,
    };
  } finally {
    setDb(undefined);
    await db.$disconnect();
    await pglite.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
}
