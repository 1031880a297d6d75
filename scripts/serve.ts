// Serves the production build: Next's request handler behind the shared page cache (lib/http/page-cache.ts),
// with one log line and metrics per request, a database gate while PostgreSQL is unreachable, cross-instance
// purges (PostgreSQL LISTEN/NOTIFY) and a graceful shutdown.
// `npm start` runs this after preparing the database and building; usage: tsx --import ./scripts/server-only/register.mjs scripts/serve.ts <port>
import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { env } from "../lib/env";
import { decodeSessionClaims } from "../lib/auth/session/refresh";
import { sessionCookieName } from "../lib/auth/session/cookies";
import { PageCache, pageCacheKey, registerPageCache, registerPurgeBroadcast } from "../lib/http/page-cache";
import { servedFromPageCache, withPageCache } from "../lib/http/with-page-cache";
import { loadActionIds, withRequestGate } from "../lib/http/request-gate";
import { withTrustedHeaders } from "../lib/http/request-hygiene";
import { configuredHeaders, withWebEndpoints } from "../lib/http/web-endpoints";
import { COHORT_HOME_SHELL, REVIEW_QUEUE_SHELL, withMemberShells } from "../lib/http/member-shells";
import { logError, logger } from "../lib/observability/logger";
import { metrics } from "../lib/observability/metrics";
import { withRequestLog } from "../lib/observability/request-log";
import { loadRouteMatcher } from "../lib/observability/route-label";
import { startDbMonitor, startReplicaMonitor, type DbMonitor } from "../lib/ops/db-monitor";
import { withDbGate } from "../lib/ops/db-gate";
import { onConnectionFailure } from "../lib/db/connection-failure";
import { registerReadinessCheck } from "../lib/ops/lifecycle";
import { setReplicaReachable } from "../lib/db/replica-state";
import { startPurgeBus, type PurgeBus } from "../lib/cluster/purge-bus";
import { revalidateOwnNextCache } from "../lib/cluster/internal-revalidate";
import { onRevalidateOutsideNext } from "../lib/cache/outside-next";
import { installShutdown } from "./shutdown";

async function userIdFromCookies(cookieHeader: string): Promise<string | null> {
  const name = sessionCookieName();
  const value = cookieHeader
    .split(/;\s*/)
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  if (!value) return null;
  return (await decodeSessionClaims(decodeURIComponent(value)))?.claims.sub ?? null;
}

async function main() {
  const port = Number(process.argv[2] ?? env().PORT ?? 3000);
  const { TRUSTED_PROXY_HOPS: trustedHops, HOST: host, DATABASE_URL: databaseUrl } = env();
  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();
  const cache = new PageCache();
  registerPageCache(cache);
  const log = logger();
  const { pageCache: cacheLookups, dbUnavailable, purges } = metrics();

  // This server over loopback: Next's cache can be revalidated only from a request Next is handling.
  const origin = `http://${host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host}:${port}`;
  // A change made outside Next's requests (the webhook through the server's door, a job) revalidates Next's copy
  // of the pages it touched this way (lib/cache/outside-next.ts).
  onRevalidateOutsideNext((prefix) => void revalidateOwnNextCache(origin, prefix));

  // PostgreSQL only: PGlite lives inside this process, so it cannot be unreachable, and it has no other instances.
  let monitor: DbMonitor | undefined;
  let replicaMonitor: DbMonitor | undefined;
  let bus: PurgeBus | undefined;
  if (databaseUrl) {
    monitor = startDbMonitor(databaseUrl);
    const replicaUrl = env().DATABASE_REPLICA_URL;
    if (replicaUrl) replicaMonitor = startReplicaMonitor(replicaUrl, setReplicaReachable);
    bus = startPurgeBus(databaseUrl, (prefix) => {
      purges.inc({ origin: "remote" });
      // Next's copy first: a request between the two steps then refills the page cache from a fresh render
      // (or from a stale one, which the page cache does not store), never from the old page.
      void revalidateOwnNextCache(origin, prefix).then((ok) => {
        const dropped = cache.purge(prefix);
        log.info({ prefix, dropped, nextRevalidated: ok }, "purge from another instance");
      });
    });
    const publish = bus.publish;
    registerPurgeBroadcast((prefix) => {
      purges.inc({ origin: "local" });
      publish(prefix).catch((error: unknown) => logError(error, { prefix }, "purge broadcast failed"));
    });
  }

  // A request that lost its database connection tells the monitors at once (lib/db/connection-failure.ts): the
  // primary's then declares the outage after one failed probe; the gate has already answered that request 503.
  if (monitor)
    onConnectionFailure(() => {
      void monitor.checkAfterFailure();
      replicaMonitor?.probeNow();
    });
  // The learner-state GETs that cached pages make are answered here, by the function their route files call (as Next
  // loaded it), with the headers next.config gives them: Next's route runtime cost more than the answer
  // (lib/http/web-endpoints.ts).
  const onError = (error: unknown, request: IncomingMessage) =>
    logError(error, { url: request.url?.split("?")[0] }, "route failed");
  const stateDoor =
    env().LEARNER_STATE_DOOR === "server"
      ? withWebEndpoints(app.getRequestHandler(), ["/api/learn/lesson-state", "/api/learn/course-state"], {
          headers: configuredHeaders("/api/learn/:path*"),
          onError,
        })
      : app.getRequestHandler();
  // The lesson's Q&A list and the bell's unread count, which signed-in pages ask for after the cached page, the same
  // way (lib/actions/personal-json-route.ts), and the API's course list (lib/api/v1/course-list-answer.ts); each
  // door adds the headers next.config gives its path.
  const personalDoor =
    env().LEARNER_STATE_DOOR === "server"
      ? [
          "/api/discussions/threads",
          "/api/notifications/unread",
          "/api/v1/courses",
          "/api/cohorts/home",
          "/api/cohorts/review-queue",
        ].reduce(
          (door, path) => withWebEndpoints(door, [path], { headers: configuredHeaders(path), onError }),
          stateDoor,
        )
      : stateDoor;
  // The Stripe webhook's POST the same way: half of a new event's time was Next's route runtime (PROFILE-NOTES.md).
  const webhookDoor =
    env().WEBHOOK_DOOR === "server"
      ? withWebEndpoints(personalDoor, ["/api/webhooks/stripe"], {
          method: "POST",
          headers: configuredHeaders("/api/webhooks/stripe"),
          onError,
        })
      : personalDoor;
  // The cohort home and the review queue are shells the same for every member (the member's part is the JSON above):
  // kept here once Next has rendered one, and given to a request only after the page's own session and cohort
  // access check (lib/http/member-shells.ts); everyone else goes on to Next, which answers them as it always has.
  const shellDoor =
    env().LEARNER_STATE_DOOR === "server"
      ? withMemberShells(webhookDoor, [COHORT_HOME_SHELL, REVIEW_QUEUE_SHELL], {
          onError: (error, request) => logError(error, { url: request.url?.split("?")[0] }, "page gate failed"),
        })
      : webhookDoor;
  const gated = withDbGate(shellDoor, {
    onServerError: () => {
      monitor?.probeNow();
      replicaMonitor?.probeNow();
    },
    onGated: () => dbUnavailable.inc(),
  });
  const cached = withPageCache(gated, cache);
  const counted: typeof cached = (request, response) => {
    if (pageCacheKey(request) !== null)
      response.once("finish", () => cacheLookups.inc({ outcome: servedFromPageCache.has(response) ? "hit" : "miss" }));
    return cached(request, response);
  };
  const gate = withRequestGate(counted, { allowedHosts: [new URL(env().APP_URL).host], actionIds: loadActionIds() });
  const handle = withTrustedHeaders(withRequestLog(gate, loadRouteMatcher(), userIdFromCookies), trustedHops);
  const server = createServer((request, response) => {
    // Next answers its own errors with a 500 page; this only guards against one escaping it.
    Promise.resolve(handle(request, response)).catch((error: unknown) => {
      logError(error, { url: request.url?.split("?")[0] });
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end("Internal Server Error");
    });
  });
  // Not ready before the job runner has started: app-runner replaces this check once it is set up, which takes
  // a moment after the server listens (loading pg-boss). Without it /api/ready would say ready meanwhile.
  registerReadinessCheck("jobs", async () => false);
  server.listen(port, host, () => {
    // start.ts watches stdout for this line; the structured line follows it.
    console.log(`✓ Ready on ${host}:${port}`);
    const replica = Boolean(env().DATABASE_REPLICA_URL);
    log.info({ host, port, database: databaseUrl ? "postgresql" : "pglite", replica }, "listening");
    if (env().APP_ENV === "production")
      log.warn("APP_ENV=production: the /dev/mail outbox is off; every email goes out through SMTP_URL");
    // Background jobs share this process's database connection; started (and retried until started) once
    // the server is up, stopped before the database closes on shutdown. /api/ready waits for them.
    // How exercise checks are isolated on this host, decided and logged once (a warning when no OS layer).
    void import("../lib/learning/sandbox/isolation")
      .then((m) => m.isolation())
      .catch((error: unknown) => logError(error, {}, "exercise sandbox isolation could not be probed"));
    void import("../lib/worker/app-runner")
      .then((m) => m.startAppJobRunner())
      .catch((error: unknown) => logError(error, {}, "job runner could not be set up"));
  });
  const parentPid = env().SERVE_PARENT_PID ?? 0;
  if (parentPid > 0) {
    const watch = setInterval(() => {
      if (process.ppid === parentPid) return;
      clearInterval(watch);
      log.warn({ parentPid }, "npm start's process is gone: shutting down");
      process.kill(process.pid, "SIGTERM");
    }, 1_000);
    watch.unref();
  }
  installShutdown(server, {
    graceMs: env().SHUTDOWN_GRACE_MS,
    beforeDatabaseCloses: async () => {
      registerPurgeBroadcast(undefined);
      await Promise.all([bus?.stop(), monitor?.stop(), replicaMonitor?.stop()]);
    },
  });
}

main().catch((error: unknown) => {
  logError(error, {}, "server failed to start");
  process.exit(1);
});
