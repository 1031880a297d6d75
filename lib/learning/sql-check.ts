// Runs SQL exercise queries on a PGlite engine, each rolled back. Shared by the browser worker, the server, the tests.
import type { ResultSet } from "./result-compare";

type Parsers = Record<number, (value: string) => unknown>;
type ExecResult = { fields: { name: string; dataTypeID: number }[]; rows: unknown[] };

/** The part of PGlite this module needs (PGlite satisfies it in the browser and in Node). */
export type SqlEngine = {
  exec(sql: string, options?: { rowMode?: "array" | "object"; parsers?: Parsers }): Promise<ExecResult[]>;
};

/** A PostgreSQL error, formatted the way psql prints it. */
export class SqlRunError extends Error {
  constructor(readonly display: string) {
    super(display);
    this.name = "SqlRunError";
  }
}

type PgErrorFields = { message?: string; severity?: string; detail?: string; hint?: string; position?: string };

export function formatPostgresError(error: unknown, sql: string): string {
  const fields = (typeof error === "object" && error !== null ? error : {}) as PgErrorFields;
  const lines = [`${fields.severity ?? "ERROR"}:  ${fields.message ?? String(error)}`];
  const position = Number(fields.position);
  if (Number.isInteger(position) && position > 0) {
    const before = sql.slice(0, position - 1);
    const lineNumber = before.split("\n").length;
    const column = before.length - (before.lastIndexOf("\n") + 1);
    const prefix = `LINE ${lineNumber}: `;
    lines.push(prefix + (sql.split("\n")[lineNumber - 1] ?? ""));
    lines.push(" ".repeat(prefix.length + column) + "^");
  }
  if (fields.detail) lines.push(`DETAIL:  ${fields.detail}`);
  if (fields.hint) lines.push(`HINT:  ${fields.hint}`);
  return lines.join("\n");
}

/** Parsers that leave every type as PostgreSQL's text output, so results read as psql shows them. */
export async function textParsers(engine: SqlEngine): Promise<Parsers> {
  const [types] = await engine.exec("SELECT oid FROM pg_type", { rowMode: "array" });
  const identity = (value: string) => value;
  return Object.fromEntries((types?.rows ?? []).map((row) => [Number((row as unknown[])[0]), identity]));
}

/**
 * Runs SQL inside a transaction that is always rolled back, so every attempt starts from the same
 * data; returns the last statement's result that has columns.
 */
export async function runIsolated(engine: SqlEngine, sql: string, parsers: Parsers): Promise<ResultSet> {
  await engine.exec("BEGIN");
  try {
    const results = await engine.exec(sql, { rowMode: "array", parsers });
    const last = [...results].reverse().find((r) => r.fields.length > 0);
    if (!last)
      throw new SqlRunError("Your SQL ran but returned no result table. End it with a SELECT (or use RETURNING).");
    return {
      columns: last.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })),
      rows: last.rows.map((row) =>
        (row as unknown[]).map((cell) => (cell === null || cell === undefined ? null : String(cell))),
      ),
    };
  } catch (error) {
    if (error instanceof SqlRunError) throw error;
    throw new SqlRunError(formatPostgresError(error, sql));
  } finally {
    await engine.exec("ROLLBACK");
  }
}
