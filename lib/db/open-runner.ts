import pg from "pg";
import { describeDatabaseUrl, openPglite } from "./connection";
import { pgliteRunner, pgRunner, type SqlRunner } from "./migrations/sql-runner";

export class DatabaseUnreachableError extends Error {}

/** Opens the database the app is configured for: PostgreSQL from a URL, or the embedded PGlite directory. */
export async function openConfiguredRunner(options: { databaseUrl?: string; pgliteDir: string }): Promise<SqlRunner> {
  if (!options.databaseUrl) return pgliteRunner(await openPglite(options.pgliteDir));
  const client = new pg.Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error && error.message ? error.message : "connection failed";
    throw new DatabaseUnreachableError(
      `Cannot reach ${describeDatabaseUrl(options.databaseUrl)}: ${stripSecrets(reason, options.databaseUrl)}`,
    );
  }
  return pgRunner(client);
}

function stripSecrets(message: string, url: string): string {
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password ? message.split(password).join("***") : message;
  } catch {
    return message;
  }
}
