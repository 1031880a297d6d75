import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { claimDataDir } from "./pglite-lock";

/** The extensions the migrations use (exclusion constraints on ranges, trigram search). */
export const PGLITE_EXTENSIONS = { btree_gist, pg_trgm };

/** An in-memory database started from a data directory dumped by `dumpDataDir` (tests' migrated template). */
export function openPgliteFromDump(dump: Blob): Promise<PGlite> {
  return PGlite.create({ loadDataDir: dump, extensions: PGLITE_EXTENSIONS });
}

/**
 * Opens the embedded database synchronously; PGlite queues queries until it is ready. A data directory is
 * claimed for this process first (see pglite-lock.ts) and released when the database is closed.
 */
export function openPgliteSync(dataDir?: string): PGlite {
  if (!dataDir) return new PGlite({ extensions: PGLITE_EXTENSIONS });
  mkdirSync(dataDir, { recursive: true });
  const release = claimDataDir(dataDir);
  const pglite = new PGlite({ dataDir, extensions: PGLITE_EXTENSIONS });
  const close = pglite.close.bind(pglite);
  pglite.close = async () => {
    try {
      await close();
    } finally {
      release();
    }
  };
  return pglite;
}
