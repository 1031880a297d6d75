import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openPglite } from "@/lib/db/connection";
import { deployMigrations, MigrationError, pendingMigrations } from "@/lib/db/migrations/deploy";
import { checksumOf, MIGRATIONS_DIR, readMigrations, readSchema } from "@/lib/db/migrations/files";
import { diffMigrationsToSchema } from "@/lib/db/migrations/plan";
import { pgliteAdapter, prismaMigrateDeploy } from "@/lib/db/migrations/schema-engine";
import { pgliteRunner, pgRunner, type SqlRunner } from "@/lib/db/migrations/sql-runner";
import { createScratchDatabase } from "../../helpers/test-db";

const migrations = readMigrations();
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A fresh empty database: a PGlite in memory, or a new database on TEST_DATABASE_URL's server. */
async function freshDatabase(): Promise<{ runner: SqlRunner; adapter: () => Promise<object> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const pglite = await openPglite();
    cleanups.push(() => pglite.close());
    return { runner: pgliteRunner(pglite, false), adapter: () => pgliteAdapter(pglite) };
  }
  const scratch = await createScratchDatabase(serverUrl);
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  cleanups.push(async () => {
    await client.end();
    await scratch.drop();
  });
  return { runner: pgRunner(client), adapter: async () => new PrismaPg({ connectionString: scratch.url }) };
}

describe("deploy", () => {
  it("applies every migration once and records it as Prisma does", async () => {
    const { runner } = await freshDatabase();
    expect(await pendingMigrations(runner, migrations)).toEqual(migrations.map((m) => m.name));
    expect(await deployMigrations(runner, migrations)).toEqual(migrations.map((m) => m.name));
    expect(await deployMigrations(runner, migrations)).toEqual([]);
    const rows = await runner.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished_at: Date | null;
    }>(
      `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(checksumOf(migrations[i]!.sql));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("rolls a failing migration back whole and names the failing statement", async () => {
    const { runner } = await freshDatabase();
    const broken = {
      name: "29990101000000_broken",
      sql: 'CREATE TABLE "Half" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;\n',
      checksum: "x",
    };
    const error = await deployMigrations(runner, [...migrations, broken]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migration).toBe("29990101000000_broken");
    expect((error as MigrationError).statement).toContain('ALTER TABLE "NoSuchTable"');
    expect((error as Error).message).toMatch(/NoSuchTable/);
    const half = await runner.query<{ exists: boolean }>(`SELECT to_regclass('"Half"') IS NOT NULL AS exists`);
    expect(half[0]!.exists).toBe(false);
    const recorded = await runner.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(recorded.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
  });
});

describe("agreement with Prisma Migrate", () => {
  it("Prisma's own deploy finds nothing to do after ours", async () => {
    const { runner, adapter } = await freshDatabase();
    await deployMigrations(runner, migrations);
    const applied = await prismaMigrateDeploy(await adapter(), readSchema(), migrations, MIGRATIONS_DIR);
    expect(applied).toEqual([]);
  });

  it("our deploy finds nothing to do after Prisma's, and applies only what Prisma could not", async () => {
    const { runner, adapter } = await freshDatabase();
    // Through a driver adapter Prisma splits a script at every semicolon, so on node-postgres it cannot run a
    // migration with a dollar-quoted function body (the analytics triggers): that is why we deploy ourselves.
    const firstDollarQuoted = migrations.findIndex((m) => m.sql.includes("$$"));
    const prismaCan = firstDollarQuoted === -1 ? migrations : migrations.slice(0, firstDollarQuoted);
    const applied = await prismaMigrateDeploy(await adapter(), readSchema(), prismaCan, MIGRATIONS_DIR);
    expect(applied).toEqual(prismaCan.map((m) => m.name));
    const rest = migrations.slice(prismaCan.length).map((m) => m.name);
    expect(await pendingMigrations(runner, migrations)).toEqual(rest);
    expect(await deployMigrations(runner, migrations)).toEqual(rest);
    expect(await pendingMigrations(runner, migrations)).toEqual([]);
  });
});

describe("drift check", () => {
  it("finds no drift between prisma/schema.prisma and the migrations", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });

  it("reports the SQL a schema change needs", async () => {
    const changed = readSchema().replace("model Advisor {", "model Advisor {\n  linkedinUrl String?");
    const sql = await diffMigrationsToSchema(migrations, changed);
    expect(sql).toMatch(/ALTER TABLE "Advisor" ADD COLUMN\s+"linkedinUrl" TEXT/);
  });
});

describe("new migration", () => {
  it("proposes the whole schema for an empty migrations folder", async () => {
    const emptyDir = mkdtempSync(path.join(tmpdir(), "ba-migrations-"));
    const sql = await diffMigrationsToSchema(readMigrations(emptyDir), readSchema());
    expect(sql).toMatch(/CREATE TABLE "User"/);
    expect(sql).toMatch(/CREATE UNIQUE INDEX "Payment_stripeCheckoutSessionId_key"/);
  });
});
