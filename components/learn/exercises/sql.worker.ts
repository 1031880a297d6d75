// Web Worker: a private PostgreSQL (PGlite) per exercise, for trying queries. It holds the exercise's
// setup but not its solution: whether an answer is right is decided by the server.
import { PGlite } from "@electric-sql/pglite";
import { runIsolated, SqlRunError, textParsers, formatPostgresError } from "@/lib/learning/sql-check";
import type { SqlWorkerRequest, SqlWorkerResponse } from "./sql-protocol";

type Ready = { db: PGlite; parsers: Awaited<ReturnType<typeof textParsers>> };

let ready: Promise<Ready> | null = null;

const reply = (message: SqlWorkerResponse) => self.postMessage(message);

/** The prebuilt data directory skips initdb, the slow part of starting PGlite (seconds on a small machine). */
async function openDatabase(baseDataDir: string): Promise<PGlite> {
  try {
    const response = await fetch(baseDataDir);
    if (response.ok) return await PGlite.create({ loadDataDir: await response.blob() });
  } catch {
    // fall back to a fresh cluster below
  }
  return PGlite.create();
}

async function prepare(setup: string, baseDataDir: string): Promise<Ready> {
  const db = await openDatabase(baseDataDir);
  try {
    await db.exec(setup);
  } catch (error) {
    throw new SqlRunError(`The exercise's setup failed:\n${formatPostgresError(error, setup)}`);
  }
  return { db, parsers: await textParsers(db) };
}

self.onmessage = async (event: MessageEvent<SqlWorkerRequest>) => {
  const message = event.data;
  if (message.type === "init") {
    const started = performance.now();
    ready = prepare(message.setup, message.baseDataDir);
    try {
      await ready;
      reply({ type: "ready", startupMs: Math.round(performance.now() - started) });
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
