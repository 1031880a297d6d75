// Web Worker: a private PostgreSQL (PGlite) per exercise, for trying queries. It holds the exercise's
// setup but not its solution: whether an answer is right is decided by the server.
import { PGlite } from "@electric-sql/pglite";
import { runIsolated, SqlRunError, textParsers, formatPostgresError } from "@/lib/learning/sql-check";
import type { SqlStartup, SqlWorkerRequest, SqlWorkerResponse } from "./sql-protocol";

type Ready = { db: PGlite; parsers: Awaited<ReturnType<typeof textParsers>> };

let booting: Promise<PGlite> | null = null;
let ready: Promise<Ready> | null = null;
const phases: SqlStartup = { workerMs: 0, dataDirMs: 0, engineMs: 0, setupMs: 0 };
const bootStarted = performance.now();

const reply = (message: SqlWorkerResponse) => self.postMessage(message);

/** The prebuilt data directory skips initdb, the slow part of starting PGlite (seconds on a small machine). */
async function openDatabase(baseDataDir: string): Promise<PGlite> {
  const started = performance.now();
  try {
    const response = await fetch(baseDataDir);
    if (response.ok) {
      const loadDataDir = await response.blob();
      phases.dataDirMs = Math.round(performance.now() - started);
      const engineStarted = performance.now();
      const db = await PGlite.create({ loadDataDir });
      phases.engineMs = Math.round(performance.now() - engineStarted);
      return db;
    }
  } catch {
    // fall back to a fresh cluster below
  }
  return PGlite.create();
}

function boot(baseDataDir: string): Promise<PGlite> {
  booting ??= openDatabase(baseDataDir);
  return booting;
}

async function prepare(setup: string, baseDataDir: string): Promise<Ready> {
  const db = await boot(baseDataDir);
  const started = performance.now();
  try {
    await db.exec(setup);
  } catch (error) {
    throw new SqlRunError(`The exercise's setup failed:\n${formatPostgresError(error, setup)}`);
  }
  const parsers = await textParsers(db);
  phases.setupMs = Math.round(performance.now() - started);
  return { db, parsers };
}

self.onmessage = async (event: MessageEvent<SqlWorkerRequest>) => {
  const message = event.data;
  if (message.type === "boot") {
    // How long the worker's own script took to load and start, from the page's request (both epoch ms).
    phases.workerMs = Math.round(performance.timeOrigin + bootStarted - message.requestedAt);
    void boot(message.baseDataDir).catch(() => undefined);
    return;
  }
  if (message.type === "init") {
    ready = prepare(message.setup, message.baseDataDir);
    try {
      await ready;
      reply({ type: "ready", startupMs: Math.round(performance.now() - bootStarted), phases });
    } catch (error) {
      reply({ type: "failed", message: error instanceof SqlRunError ? error.display : String(error) });
    }
    return;
  }
  if (!ready) return reply({ type: "error", id: message.id, message: "The database is not loaded yet." });
  try {
    const state = await ready;
    reply({ type: "result", id: message.id, result: await runIsolated(state.db, message.sql, state.parsers) });
  } catch (error) {
    reply({ type: "error", id: message.id, message: error instanceof SqlRunError ? error.display : String(error) });
  }
};
