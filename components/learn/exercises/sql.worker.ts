// Web Worker: a private PostgreSQL (PGlite) per exercise. Nothing here talks to the server.
import { PGlite } from "@electric-sql/pglite";
import { checkSqlAnswer, runIsolated, SqlRunError, textParsers, formatPostgresError } from "@/lib/learning/sql-check";
import type { ResultSet } from "@/lib/learning/result-compare";
import type { SqlWorkerRequest, SqlWorkerResponse } from "./sql-protocol";

type Ready = { db: PGlite; parsers: Awaited<ReturnType<typeof textParsers>>; expected: ResultSet; orderMatters: boolean; solution: string; setup: string };

let ready: Promise<Ready> | null = null;

const reply = (message: SqlWorkerResponse) => self.postMessage(message);

async function prepare(setup: string, solution: string, orderMatters: boolean): Promise<Ready> {
  const db = await PGlite.create();
  try {
    await db.exec(setup);
  } catch (error) {
    throw new SqlRunError(`The exercise's setup failed:\n${formatPostgresError(error, setup)}`);
  }
  const parsers = await textParsers(db);
  const expected = await runIsolated(db, solution, parsers);
  return { db, parsers, expected, orderMatters, solution, setup };
}

self.onmessage = async (event: MessageEvent<SqlWorkerRequest>) => {
  const message = event.data;
  if (message.type === "init") {
    ready = prepare(message.setup, message.solution, message.orderMatters);
    try {
      const { expected } = await ready;
      reply({ type: "ready", expectedColumns: expected.columns.map((c) => c.name) });
    } catch (error) {
      reply({ type: "failed", message: error instanceof SqlRunError ? error.display : String(error) });
    }
    return;
  }
  if (!ready) return reply({ type: "error", id: message.id, message: "The database is not loaded yet." });
  try {
    const state = await ready;
    const { result, outcome } = await checkSqlAnswer(state.db, state, state.expected, message.sql, state.parsers);
    reply({ type: "result", id: message.id, result, outcome });
  } catch (error) {
    reply({ type: "error", id: message.id, message: error instanceof SqlRunError ? error.display : String(error) });
  }
};
