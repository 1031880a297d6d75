import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/** Opens the embedded database synchronously; PGlite queues queries until it is ready. */
export function openPgliteSync(dataDir?: string): PGlite {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return new PGlite({ dataDir, extensions: { btree_gist, pg_trgm } });
}
