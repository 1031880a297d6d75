// Backups of the embedded database. PGlite is one process with one connection, so while the server runs only
// the server can copy it: it answers POST /api/ops/backup from this machine with a consistent tarball (PGlite's
// own dumpDataDir, taken between queries). When no server runs, the script opens the directory itself.
import { getDb, embeddedPglite } from "../db/client";
import { env } from "../env";

export class BackupUnavailableError extends Error {}

/** A gzipped tarball of the running embedded database. */
export async function dumpRunningEmbeddedDatabase(): Promise<Blob> {
  if (env().DATABASE_URL)
    throw new BackupUnavailableError("This server runs on PostgreSQL: back it up with pg_dump (see README).");
  getDb(); // opens the embedded database if no request has yet
  const pglite = embeddedPglite();
  if (!pglite) throw new BackupUnavailableError("The embedded database is not open in this process.");
  await pglite.waitReady;
  // A checkpoint first, so the copy holds every committed write in the data files, not only in the WAL.
  await pglite.exec("CHECKPOINT");
  return pglite.dumpDataDir("gzip");
}
