import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "./generated/client";
import { env } from "../env";
import { openPgliteSync } from "./pglite";

export type Db = PrismaClient;

export function createPgClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) });
}

export function createPgliteClient(pglite: PGlite): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

const globalForDb = globalThis as typeof globalThis & { backendAcademyDb?: PrismaClient; backendAcademyPglite?: PGlite };

/** The app's one client, created on first use (never at import or build time). */
export function getDb(): PrismaClient {
  if (!globalForDb.backendAcademyDb) {
    const config = env();
    globalForDb.backendAcademyDb = config.DATABASE_URL
      ? createPgClient(config.DATABASE_URL)
      : createPgliteClient((globalForDb.backendAcademyPglite = openPgliteSync(config.PGLITE_DIR)));
  }
  return globalForDb.backendAcademyDb;
}

/** The embedded database behind the app's client (for the job runner, which shares its one connection). */
export function getAppPglite(): PGlite | undefined {
  getDb();
  return globalForDb.backendAcademyPglite;
}

/** Tests point the app's client at their own database. */
export function setDb(client: PrismaClient | undefined) {
  globalForDb.backendAcademyDb = client;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? value.bind(client) : value;
  },
});
