// The few queries every signed-in request runs (the session check, the learner's state), as prepared statements:
// parsed and planned once per database session instead of on every request. On PGlite that planning ran in
// WebAssembly on the server's only thread: measured on the 2-core machine, the session check took 2.4 ms that
// way and 0.5 ms prepared (the learner-state query 2.1 ms and 0.6 ms). On PostgreSQL, node-postgres prepares a
// named statement once on each pooled connection; a transaction-mode PgBouncer in front would need its
// prepared-statement support (max_prepared_statements) switched on.
import { escapeLiteral, type QueryResultRow } from "pg";
import type { PGlite } from "@electric-sql/pglite";
import { engineOf, getDb } from "./client";
import { keptRows, type KeptClock, type RowKeeper } from "./kept-rows";
import { noteConnectionFailure } from "./connection-failure";

/** A query whose parameters are all text (or null): `$1`, `$2`, … in `sql`. */
export type PreparedQuery = { name: string; sql: string; params: number };

const NAME = /^[a-z][a-z0-9_]{0,62}$/;

export function preparedQuery(name: string, params: number, sql: string): PreparedQuery {
  if (!NAME.test(name)) throw new Error(`prepared statement names are lower-case identifiers: ${name}`);
  return { name: `ba_${name}`, sql, params };
}

// Per database: a reopened PGlite (tests, a restore) is a new session with no statements yet.
const preparedOn = new WeakMap<PGlite, Set<string>>();

function preparedNamesOn(pglite: PGlite): Set<string> {
  let names = preparedOn.get(pglite);
  if (!names) preparedOn.set(pglite, (names = new Set()));
  return names;
}

function pgCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

async function prepare(pglite: PGlite, query: PreparedQuery): Promise<void> {
  const types = Array.from({ length: query.params }, () => "text").join(", ");
  try {
    await pglite.exec(`PREPARE ${query.name}(${types}) AS ${query.sql}`);
  } catch (error) {
    // 42P05: prepared already, by the other copy of this module (the server and Next's bundle each load one).
    if (pgCode(error) !== "42P05") throw error;
  }
}

async function executeOn<Row>(pglite: PGlite, query: PreparedQuery, args: (string | null)[]): Promise<Row[]> {
  const prepared = preparedNamesOn(pglite);
  const ensurePrepared = async () => {
    if (prepared.has(query.name)) return;
    await prepare(pglite, query);
    prepared.add(query.name);
  };
  await ensurePrepared();
  // The values travel as quoted literals (pg's escaping), typed by the statement's text parameters; a simple
  // query (exec) is one trip into PGlite where an extended one (query) is five.
  const values = args.map((value) => (value === null ? "NULL" : escapeLiteral(value))).join(", ");
  const execute = async () => (await pglite.exec(`EXECUTE ${query.name}(${values})`))[0]!.rows as Row[];
  try {
    return await execute();
  } catch (error) {
    // 26000: the statement is gone (DEALLOCATE ALL); prepare it again, once.
    if (pgCode(error) !== "26000") throw error;
    prepared.delete(query.name);
    await ensurePrepared();
    return await execute();
  }
}

/** Runs `query` with `args` as a prepared statement on the app's database. */
export async function runPrepared<Row>(query: PreparedQuery, args: (string | null)[]): Promise<Row[]> {
  if (args.length !== query.params) throw new Error(`${query.name} takes ${query.params} parameters`);
  const client = getDb();
  const engine = engineOf(client);
  if (engine?.kind === "pglite") return executeOn<Row>(engine.pglite, query, args);
  if (engine?.kind === "postgresql") {
    try {
      return (await engine.pool.query<Row & QueryResultRow>({ name: query.name, text: query.sql, values: args })).rows;
    } catch (error) {
      // Straight on the pool, past the Prisma adapter that notes a lost connection for the request.
      noteConnectionFailure(error);
      throw error;
    }
  }
  return client.$queryRawUnsafe<Row[]>(query.sql, ...args);
}

/**
 * runPrepared whose rows are kept on PGlite until `keeper`'s channel says the tables it reads changed (./kept-rows.ts).
 * A statement that also compares with the clock says which arguments name what it reads (`keyedBy`; the others are
 * the clock's), the clock reading it was given, and until when its rows hold. On PostgreSQL, runPrepared.
 */
export async function runKeptPrepared<Row>(
  keeper: RowKeeper,
  query: PreparedQuery,
  args: (string | null)[],
  clock: (KeptClock<Row[]> & { keyedBy: (string | null)[] }) | null = null,
): Promise<Row[]> {
  const engine = engineOf(getDb());
  if (engine?.kind !== "pglite") return runPrepared<Row>(query, args);
  // NUL cannot occur in a text parameter, so the key names one statement and one set of values (null apart).
  const named = clock?.keyedBy ?? args;
  const key = [query.name, ...named.map((value) => (value === null ? "-" : `=${value}`))].join("\u0000");
  return keptRows(keeper, engine.pglite, key, () => runPrepared<Row>(query, args), clock ?? undefined);
}

/** What a transaction offers for a statement it runs (Prisma's transaction client). */
type TransactionSql = { $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T> };

/**
 * Before a transaction that will run `query` with runPreparedIn: on PGlite, prepares it now, because a transaction
 * holds the embedded database and nothing else may use it until the end. Elsewhere nothing is needed.
 */
export async function prepareForTransaction(query: PreparedQuery): Promise<void> {
  const engine = engineOf(getDb());
  if (engine?.kind !== "pglite") return;
  const prepared = preparedNamesOn(engine.pglite);
  if (prepared.has(query.name)) return;
  await prepare(engine.pglite, query);
  prepared.add(query.name);
}

/**
 * Runs `query` with `args` inside the transaction `tx`: on PGlite as EXECUTE of the statement prepareForTransaction
 * prepared (a statement planned anew costs more than the rest of a short transaction there); on PostgreSQL, whose
 * transaction runs on a pooled connection Prisma holds, as a parameterised query, planned quickly by the server.
 */
export async function runPreparedIn<Row>(
  tx: TransactionSql,
  query: PreparedQuery,
  args: (string | null)[],
): Promise<Row[]> {
  if (args.length !== query.params) throw new Error(`${query.name} takes ${query.params} parameters`);
  const engine = engineOf(getDb());
  if (engine?.kind === "pglite" && preparedNamesOn(engine.pglite).has(query.name)) {
    const values = args.map((value) => (value === null ? "NULL" : escapeLiteral(value))).join(", ");
    return tx.$queryRawUnsafe<Row[]>(`EXECUTE ${query.name}(${values})`);
  }
  return tx.$queryRawUnsafe<Row[]>(query.sql, ...args);
}
