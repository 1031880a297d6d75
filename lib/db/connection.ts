import type { PGlite } from "@electric-sql/pglite";
import { openPgliteSync } from "./pglite";

export async function openPglite(dataDir?: string): Promise<PGlite> {
  const db = openPgliteSync(dataDir);
  await db.waitReady;
  return db;
}

/** A connection description safe to print: host, port and database, never the password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const database = parsed.pathname.replace(/^\//, "") || "postgres";
    return `database "${database}" on ${parsed.hostname}:${parsed.port || "5432"}`;
  } catch {
    return "the database in DATABASE_URL (the URL could not be parsed)";
  }
}
