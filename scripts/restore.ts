// `npm run db:restore -- <file>`: loads a backup made by `npm run db:backup`. Stop the server first.
// Embedded: the current directory is kept beside it (<dir>.before-restore-<time>), then the backup is unpacked.
// PostgreSQL: pg_restore --clean into DATABASE_URL.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, renameSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { env } from "../lib/env";

async function serverIsRunning(): Promise<boolean> {
  const port = env().PORT ?? (new URL(env().APP_URL).port || "3000");
  return fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
    () => true,
    () => false,
  );
}

async function main() {
  const file = process.argv[2];
  if (!file || !existsSync(file)) throw new Error("name the backup file: npm run db:restore -- .data/backups/<file>");
  const config = env();
  if (config.DATABASE_URL) {
    const result = spawnSync(
      "pg_restore",
      ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${config.DATABASE_URL}`, file],
      { stdio: "inherit" },
    );
    if (result.status !== 0) process.exit(result.status ?? 1);
    console.log(`Restored ${file} into PostgreSQL`);
    return;
  }
  if (await serverIsRunning())
    throw new Error("the server is running: stop it first (the embedded database has one owner)");
  const dir = config.PGLITE_DIR;
  let keptAt: string | null = null;
  if (existsSync(dir)) {
    keptAt = `${dir}.before-restore-${new Date().toISOString().replace(/[-:]/g, "").replace(/\..+/, "")}`;
    renameSync(dir, keptAt);
  }
  const pglite = new PGlite({
    dataDir: dir,
    loadDataDir: new Blob([readFileSync(file)]),
    extensions: { btree_gist, pg_trgm },
  });
  await pglite.waitReady;
  const { rows } = await pglite.query<{ count: number }>(`SELECT count(*)::int AS count FROM "User"`);
  await pglite.close();
  console.log(
    `Restored ${file} into ${dir} (${rows[0]?.count ?? 0} users)${keptAt ? `; the previous database is in ${keptAt}` : ""}`,
  );
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
