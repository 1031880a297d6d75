// `npm run db:backup` then `npm run db:restore` give back the data as it was at the backup: on the embedded
// database (no server running: the script opens the directory) and, with TEST_DATABASE_URL, on PostgreSQL.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "@/lib/db/connection";
import { deployMigrations } from "@/lib/db/migrations/deploy";
import { readMigrations } from "@/lib/db/migrations/files";
import { pgliteRunner, pgRunner } from "@/lib/db/migrations/sql-runner";
import { createScratchDatabase } from "@/tests/helpers/test-db";

const work = mkdtempSync(path.join(tmpdir(), "ba-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: "backup" | "restore", file: string, env: Record<string, string>) {
  // A port nothing listens on, so the backup does not find a running server.
  const result = spawnSync(
    "npx",
    ["--no-install", "tsx", "--import", "./scripts/server-only/register.mjs", `scripts/${script}.ts`, file],
    {
      env: { ...process.env, PORT: "3399", ...env },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe("backup and restore", () => {
  it("restores the embedded database as it was at the backup, keeping the replaced one", async () => {
    const dir = path.join(work, "pglite");
    const db = await openPglite(dir);
    await deployMigrations(pgliteRunner(db, false), readMigrations());
    await db.query(
      `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ('u-kept', 'kept@example.test', 'Kept', 'LEARNER', now())`,
    );
    await db.close();

    const file = path.join(work, "embedded.tar.gz");
    expect(run("backup", file, { PGLITE_DIR: dir })).toContain(`Backed up the embedded database (from ${dir})`);
    expect(existsSync(file)).toBe(true);

    const after = await openPglite(dir);
    await after.query(`DELETE FROM "User" WHERE id = 'u-kept'`);
    await after.query(
      `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ('u-later', 'later@example.test', 'Later', 'LEARNER', now())`,
    );
    await after.close();

    expect(run("restore", file, { PGLITE_DIR: dir })).toMatch(/Restored .* \(1 users\); the previous database is in /);
    const restored = await openPglite(dir);
    const { rows } = await restored.query<{ id: string }>(`SELECT id FROM "User" ORDER BY id`);
    await restored.close();
    expect(rows.map((row) => row.id)).toEqual(["u-kept"]);
  }, 240_000); // two scripts and four opens of a PGlite directory: slow on a loaded machine

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "restores PostgreSQL with pg_dump and pg_restore",
    async () => {
      const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!);
      const client = new pg.Client({ connectionString: scratch.url });
      await client.connect();
      try {
        await deployMigrations(pgRunner(client), readMigrations());
        await client.query(
          `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ('u-kept', 'kept@example.test', 'Kept', 'LEARNER', now())`,
        );
        const file = path.join(work, "server.dump");
        expect(run("backup", file, { DATABASE_URL: scratch.url })).toContain("Backed up PostgreSQL");
        await client.query(`DELETE FROM "User"`);
        run("restore", file, { DATABASE_URL: scratch.url });
        const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User"`);
        expect(rows.map((row) => row.id)).toEqual(["u-kept"]);
      } finally {
        await client.end();
        await scratch.drop();
      }
    },
    120_000,
  );
});
