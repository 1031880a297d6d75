import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { claimDataDir } from "./pglite-lock";

/**
 * Opens the embedded database synchronously; PGlite queues queries until it is ready. A data directory is
 * claimed for this process first (see pglite-lock.ts) and released when the database is closed.
 */
export function openPgliteSync(dataDir?: string): PGlite {
  if (!dataDir) return new PGlite({ extensions: { btree_gist, pg_trgm } });
  mkdirSync(dataDir, { recursive: true });
  const release = claimDataDir(dataDir);
  const pglite = new PGlite({ dataDir, extensions: { btree_gist, pg_trgm } });
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
