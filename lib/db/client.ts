import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "./generated/client";
import { env } from "../env";
import { openPgliteSync } from "./pglite";
import { replicaReachable } from "./replica-state";
import { processWide } from "../process-wide";
import { notingConnectionFailures } from "./connection-failure";

export type Db = PrismaClient;

/** A pool that fails fast while the server is unreachable (no endless connect) and survives a dropped connection. */
export function createPgPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle connection that the server (or the network) drops emits "error" on the pool; unheard, it would end
  // the process. The pool discards that connection and opens a new one on the next query.
  pool.on("error", () => {});
  return pool;
}

/** What a client runs on: the pool or the embedded database, for the statements prepared there (lib/db/prepared.ts). */
export type DbEngine = { kind: "postgresql"; pool: pg.Pool } | { kind: "pglite"; pglite: PGlite };

// One per process, as the client is: the server and Next's bundle each load this module.
const engineBehind = processWide("engine-behind-client", () => new WeakMap<PrismaClient, DbEngine>());

export function createPgClient(databaseUrl: string, pool = createPgPool(databaseUrl)): PrismaClient {
  // disposeExternalPool: $disconnect ends the pool, as it did when the adapter made its own. A query that loses
  // the connection is noted for its request (lib/db/connection-failure.ts): the server then answers it 503.
  const adapter = notingConnectionFailures(new PrismaPg(pool, { disposeExternalPool: true }));
  const client = new PrismaClient({ adapter });
  engineBehind.set(client, { kind: "postgresql", pool });
  return client;
}

export function createPgliteClient(pglite: PGlite): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  engineBehind.set(client, { kind: "pglite", pglite });
  return client;
}

/** The pool or embedded database behind `client` (undefined for a client made elsewhere). */
export function engineOf(client: PrismaClient): DbEngine | undefined {
  return engineBehind.get(client);
}

const globalForDb = globalThis as typeof globalThis & {
  backendAcademyDb?: PrismaClient;
  /** The read replica's client (DATABASE_REPLICA_URL), created on first use; absent without a replica. */
  backendAcademyReplicaDb?: PrismaClient;
  /** What the app's client runs on, so the server can report pool use and close the database on shutdown. */
  backendAcademyDbEngine?: DbEngine;
};

/** The app's one client, created on first use (never at import or build time). */
export function getDb(): PrismaClient {
  if (!globalForDb.backendAcademyDb) {
    const config = env();
    if (config.DATABASE_URL) {
      const pool = createPgPool(config.DATABASE_URL);
      globalForDb.backendAcademyDbEngine = { kind: "postgresql", pool };
      globalForDb.backendAcademyDb = createPgClient(config.DATABASE_URL, pool);
    } else {
      const pglite = openPgliteSync(config.PGLITE_DIR);
      globalForDb.backendAcademyDbEngine = { kind: "pglite", pglite };
      globalForDb.backendAcademyDb = createPgliteClient(pglite);
    }
  }
  return globalForDb.backendAcademyDb;
}

/** The app pool's connections (PostgreSQL only; null before first use or on PGlite). */
export function dbPoolStats(): { total: number; idle: number; waiting: number } | null {
  const engine = globalForDb.backendAcademyDbEngine;
  if (engine?.kind !== "postgresql") return null;
  return { total: engine.pool.totalCount, idle: engine.pool.idleCount, waiting: engine.pool.waitingCount };
}

/** The embedded database this process serves from, or null (PostgreSQL, or not opened yet). */
export function embeddedPglite(): PGlite | null {
  const engine = globalForDb.backendAcademyDbEngine;
  return engine?.kind === "pglite" ? engine.pglite : null;
}

/** Closes the app's database cleanly (PGlite writes its state and releases the directory); for shutdown. */
export async function closeDb(): Promise<void> {
  const client = globalForDb.backendAcademyDb;
  const engine = globalForDb.backendAcademyDbEngine;
  const replica = globalForDb.backendAcademyReplicaDb;
  globalForDb.backendAcademyDb = undefined;
  globalForDb.backendAcademyDbEngine = undefined;
  globalForDb.backendAcademyReplicaDb = undefined;
  await Promise.all([client?.$disconnect(), replica?.$disconnect()]);
  if (engine?.kind === "pglite") await engine.pglite.close();
}

/** Tests point the app's client at their own database. */
export function setDb(client: PrismaClient | undefined) {
  globalForDb.backendAcademyDb = client;
}

/**
 * The client for reads that may lag the primary by a moment: the published catalogue and studio analytics.
 * The read replica when DATABASE_REPLICA_URL is set, else the app's one client. Writes, transactions and a
 * person's own data (enrolments, progress, bookings, drafts) always use `db`, so nobody misses their own write.
 */
export function getReplicaDb(): PrismaClient {
  const url = env().DATABASE_REPLICA_URL;
  // While the replica is down, the primary serves its reads: slower for the primary, but nobody sees an error.
  if (!url || !replicaReachable()) return getDb();
  globalForDb.backendAcademyReplicaDb ??= createPgClient(url);
  return globalForDb.backendAcademyReplicaDb;
}

function lazyClient(resolve: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const client = resolve();
      const value = Reflect.get(client, property, client) as unknown;
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

export const db: PrismaClient = lazyClient(getDb);
/** See getReplicaDb. */
export const replicaDb: PrismaClient = lazyClient(getReplicaDb);

/** The embedded database behind the app's client, opening it if needed (the job runner shares its one connection). */
export function getAppPglite(): PGlite | undefined {
  getDb();
  return embeddedPglite() ?? undefined;
}
