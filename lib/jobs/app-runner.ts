// Starts the job runner for the serving process, on the database the app uses. Called by scripts/serve.ts
// once the server listens, never at build time or module load (PGlite allows one process only).
import { getAppPglite } from "../db/client";
import { env } from "../env";
import { JOBS } from "./registry";
import { startJobRunner, type JobRunner } from "./runner";

export async function startAppJobRunner(): Promise<JobRunner> {
  const databaseUrl = env().DATABASE_URL;
  const pglite = databaseUrl ? undefined : getAppPglite();
  const connection = databaseUrl ? { connectionString: databaseUrl } : pglite ? { pglite } : null;
  if (!connection) throw new Error("job runner: no database configured");
  return startJobRunner({ jobs: JOBS, connection });
}
