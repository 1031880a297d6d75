// The browser's PostgreSQL worker, started as soon as a SQL lesson opens (SqlEngineWarmup) rather than when
// the editor has loaded: loading PGlite from the prebuilt data directory takes most of the wait, and it
// overlaps the page's own loading this way. The editor then takes over the worker already booting.
import type { SqlWorkerRequest } from "./sql-protocol";

let warm: { worker: Worker; baseDataDir: string } | null = null;

function bootWorker(baseDataDir: string): Worker {
  const worker = new Worker(new URL("./sql.worker.ts", import.meta.url), { type: "module" });
  const boot: SqlWorkerRequest = { type: "boot", baseDataDir, requestedAt: performance.timeOrigin + performance.now() };
  worker.postMessage(boot);
  return worker;
}

/** Starts PostgreSQL in a worker, once per page, before anything needs it. */
export function warmSqlEngine(baseDataDir: string) {
  if (warm?.baseDataDir === baseDataDir) return;
  warm?.worker.terminate();
  warm = { worker: bootWorker(baseDataDir), baseDataDir };
}

/** Stops a warmed worker nobody took (the learner left the lesson before the editor loaded). */
export function dropWarmSqlEngine(baseDataDir: string) {
  if (warm?.baseDataDir !== baseDataDir) return;
  warm.worker.terminate();
  warm = null;
}

/** The warmed worker if there is one, else a new one (also after "Reset database"). */
export function takeSqlWorker(baseDataDir: string): Worker {
  if (warm?.baseDataDir === baseDataDir) {
    const { worker } = warm;
    warm = null;
    return worker;
  }
  return bootWorker(baseDataDir);
}
