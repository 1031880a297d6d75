// Starts the job runner for the serving process, on the database the app uses. Called by scripts/serve.ts
// once the server listens, never at build time or module load (PGlite allows one process only). The runner
// is supervised (retried until it starts), reports "jobs" to /api/ready, its queue depths to /api/metrics,
// and is stopped on shutdown before the database closes.
import { getAppPglite } from "../db/client";
import { env } from "../env";
import { logError, logger } from "../observability/logger";
import { registerQueueDepthSource } from "../observability/metrics";
import { lifecycle, onShutdown, registerReadinessCheck } from "../ops/lifecycle";
import { startOutboxDispatcher } from "./outbox-dispatcher";
import { startWebhookDispatcher } from "./webhook-dispatcher";
import { JOBS } from "./registry";
import { superviseJobRunner, type SupervisedJobRunner } from "../jobs/supervisor";

export function startAppJobRunner(): SupervisedJobRunner {
  const databaseUrl = env().DATABASE_URL;
  const pglite = databaseUrl ? undefined : getAppPglite();
  const connection = databaseUrl ? { connectionString: databaseUrl } : pglite ? { pglite } : null;
  if (!connection) throw new Error("job runner: no database configured");
  const log = logger();
  const supervised = superviseJobRunner({
    jobs: JOBS,
    connection,
    log: (message) => log.warn(message),
    onStarted: (attempts) => log.info({ attempts }, "job runner started"),
    onStartFailed: (error, retryInMs) => logError(error, { retryInMs }, "job runner failed to start; retrying"),
  });
  registerReadinessCheck("jobs", async () => supervised.current() !== null);
  // Not while the database is known to be down: a scrape would wait out the pool's connect timeout per queue.
  registerQueueDepthSource(async () =>
    lifecycle().databaseReachable ? ((await supervised.current()?.queueDepths()) ?? {}) : {},
  );
  onShutdown("jobs", () => supervised.stop());
  // Registered after the runner's own stop, so it runs first: the last round finishes before the database closes.
  const outbox = startOutboxDispatcher();
  onShutdown("outbox", () => outbox.stop());
  const webhooks = startWebhookDispatcher();
  onShutdown("webhooks", () => webhooks.stop());
  return supervised;
}
