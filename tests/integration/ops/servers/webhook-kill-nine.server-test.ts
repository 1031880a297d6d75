// Webhooks across a crash: a learner's enrolment commits while the receiver is down, the app is killed with
// SIGKILL right after answering, and the restarted app delivers the enrollment.created event once the receiver
// is back: signed (standardwebhooks verifies it), one delivery row for the event, every request carrying the same
// event id (a receiver de-duplicating on it sees the event once).
import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/accounts/password";
import {
  eventually,
  opsPort,
  pgliteDir,
  prepareDatabase,
  seededPostgres,
  signIn,
  startServer,
  withSql,
  type AppServer,
} from "./harness";
import { callServerAction } from "./server-action";

const serverUrl = process.env.TEST_DATABASE_URL;
const PORT = opsPort(27);
const PASSWORD = "webhook-kill-nine-2026";
const LEARNER = "webhook-k9@example.test";
const SECRET = `whsec_${randomBytes(32).toString("base64")}`;

type Received = { headers: IncomingHttpHeaders; body: string };

/** A receiver on loopback that can go away and come back on the same port. */
function receiver(received: Received[]) {
  let server: Server | null = null;
  return {
    listen: (port = 0) =>
      new Promise<number>((resolve) => {
        server = createServer((request, response) => {
          const chunks: Buffer[] = [];
          request.on("data", (chunk: Buffer) => chunks.push(chunk));
          request.on("end", () => {
            received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
            response.writeHead(200).end("ok");
          });
        });
        server.listen(port, "127.0.0.1", () => resolve((server!.address() as AddressInfo).port));
      }),
    close: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}

describe(`webhooks after kill -9 (${serverUrl ? "PostgreSQL" : "PGlite"})`, () => {
  const data = pgliteDir();
  const target: { url?: string; dir?: string } = {};
  const received: Received[] = [];
  const hooks = receiver(received);
  let hooksPort = 0;
  let drop: (() => Promise<void>) | undefined;
  let app: AppServer | undefined;
  let env: Record<string, string> = {};

  beforeAll(async () => {
    if (serverUrl) {
      const scratch = await seededPostgres(serverUrl);
      target.url = scratch.url;
      drop = scratch.drop;
    } else {
      prepareDatabase({ PGLITE_DIR: data.dir });
      target.dir = data.dir;
    }
    // A port to come back on: opened, noted, closed (the receiver is down when the event commits).
    hooksPort = await hooks.listen();
    await hooks.close();
    await withSql(target, async (sql) => {
      await sql(
        `INSERT INTO "User" (id, email, name, "passwordHash", "emailVerified", "updatedAt")
         VALUES ($1, $2, 'Webhook Learner', $3, now(), now())`,
        [`wk9${randomBytes(6).toString("hex")}`, LEARNER, await hashPassword(PASSWORD)],
      );
      await sql(
        `INSERT INTO "WebhookEndpoint" (id, "ownerId", url, "eventTypes", secret, "updatedAt")
         SELECT $1, id, $2, ARRAY['enrollment.created'], $3, now() FROM "User" WHERE email = 'admin@academy.test'`,
        [`wke${randomBytes(6).toString("hex")}`, `http://127.0.0.1:${hooksPort}/hooks`, SECRET],
      );
    });
    env = {
      ...(target.url ? { DATABASE_URL: target.url } : { PGLITE_DIR: target.dir! }),
      WEBHOOK_ALLOW_LOOPBACK: "true",
    };
  }, 300_000);

  afterAll(async () => {
    await app?.stop("SIGKILL");
    await hooks.close();
    await drop?.();
    data.cleanup();
  });

  it("delivers the enrolment's event that was waiting when the server died", async () => {
    const [course] = await withSql(target, (sql) =>
      sql<{ slug: string }>(
        `SELECT slug FROM "Course" WHERE status = 'PUBLISHED' AND "priceCents" = 0 AND format = 'SELF_PACED' ORDER BY slug LIMIT 1`,
      ),
    );
    expect(course).toBeDefined();
    app = await startServer(PORT, env);
    const cookie = await signIn(app.base, LEARNER, PASSWORD);
    const enrolled = await callServerAction(
      app.base,
      `/courses/${course!.slug}`,
      { name: "enrollAction", file: "lib/learning/actions.ts" },
      { courseSlug: course!.slug },
      cookie,
    );
    expect(enrolled.result, JSON.stringify(enrolled.result)).toMatchObject({ ok: true });

    // Killed right after answering: the event is a row (outbox or delivery), nowhere else.
    await app.stop("SIGKILL");
    expect(received).toEqual([]);

    await hooks.listen(hooksPort);
    app = await startServer(PORT, env);
    expect(await eventually(async () => received.length > 0, 60_000, 200)).toBe(true);
    await app.stop("SIGTERM");
    app = undefined;

    const ids = new Set(received.map((r) => String(r.headers["webhook-id"])));
    expect(ids.size).toBe(1);
    const first = received[0]!;
    const event = new Webhook(SECRET).verify(first.body, {
      "webhook-id": String(first.headers["webhook-id"]),
      "webhook-timestamp": String(first.headers["webhook-timestamp"]),
      "webhook-signature": String(first.headers["webhook-signature"]),
    });
    expect(event).toMatchObject({ type: "enrollment.created", data: { email: LEARNER, courseSlug: course!.slug } });
    const rows = await withSql(target, (sql) =>
      sql<{ status: string; n: number }>(
        `SELECT status::text AS status, count(*)::int AS n FROM "WebhookDelivery" GROUP BY status`,
      ),
    );
    expect(rows).toEqual([{ status: "SUCCEEDED", n: 1 }]);
  });
});
