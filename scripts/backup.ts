// `npm run db:backup [-- <file>]`: a consistent copy of the database.
// Embedded (PGlite): asks the running server (POST /api/ops/backup: this machine, no proxy, the ops token) or, when none runs, opens the
// directory itself; writes a .tar.gz that `npm run db:restore -- <file>` loads. PostgreSQL: runs pg_dump.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openPglite } from "../lib/db/connection";
import { env } from "../lib/env";
import { opsToken } from "../lib/ops/ops-token";

const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..+/, "");

async function fromRunningServer(): Promise<Buffer | null> {
  const port = env().PORT ?? (new URL(env().APP_URL).port || "3000");
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/ops/backup`, {
      method: "POST",
      headers: { authorization: `Bearer ${opsToken()}` },
      signal: AbortSignal.timeout(120_000),
    });
    if (response.status === 404) return null; // something else on that port, or not this app
    if (!response.ok) throw new Error(`the server refused the backup: ${await response.text()}`);
    return Buffer.from(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof TypeError) return null; // nothing listening
    throw error;
  }
}

async function main() {
  const config = env();
  if (config.DATABASE_URL) {
    const file = process.argv[2] ?? path.join(".data", "backups", `postgres-${stamp}.dump`);
    mkdirSync(path.dirname(file), { recursive: true });
    // Custom format: compressed, restored selectively with pg_restore; consistent while the app writes.
    const result = spawnSync(
      "pg_dump",
      ["--format=custom", "--no-owner", `--file=${file}`, `--dbname=${config.DATABASE_URL}`],
      { stdio: "inherit" },
    );
    if (result.status !== 0) process.exit(result.status ?? 1);
    console.log(`Backed up PostgreSQL to ${file}`);
    return;
  }
  const file = process.argv[2] ?? path.join(".data", "backups", `pglite-${stamp}.tar.gz`);
  let tarball = await fromRunningServer();
  let source = "the running server";
  if (!tarball) {
    source = config.PGLITE_DIR;
    const pglite = await openPglite(config.PGLITE_DIR);
    await pglite.exec("CHECKPOINT");
    tarball = Buffer.from(await (await pglite.dumpDataDir("gzip")).arrayBuffer());
    await pglite.close();
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, tarball, { mode: 0o600 });
  console.log(`Backed up the embedded database (from ${source}) to ${file} (${Math.round(tarball.length / 1024)} KiB)`);
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
