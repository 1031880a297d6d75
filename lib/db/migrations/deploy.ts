import { randomUUID } from "node:crypto";
import type { MigrationFileEntry } from "./files";
import type { SqlRunner } from "./sql-runner";
import { splitStatements } from "./split-statements";

// Applies pending migrations, each in its own transaction, recording them in
// _prisma_migrations exactly as `prisma migrate deploy` does, so the two tools agree.

const CREATE_HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// The advisory lock key Prisma Migrate takes, so our deploy and Prisma's never run at once.
const ADVISORY_LOCK_KEY = 72707369;

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    readonly statement: string,
    readonly cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Migration ${migration} failed and was rolled back: ${reason}\n  in statement: ${statement.slice(0, 500)}`);
  }
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function deployMigrations(
  db: SqlRunner,
  migrations: MigrationFileEntry[],
  log: (line: string) => void = () => {},
): Promise<string[]> {
  await db.exec(CREATE_HISTORY_TABLE);
  await db.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
  try {
    const applied = await db.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const byName = new Map(applied.map((row) => [row.migration_name, row]));
    const unfinished = applied.find((row) => row.finished_at === null);
    if (unfinished) {
      throw new Error(
        `Migration ${unfinished.migration_name} is recorded as started but never finished; resolve it before deploying.`,
      );
    }
    const done: string[] = [];
    for (const migration of migrations) {
      const previous = byName.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          log(`warning: ${migration.name} was changed after it was applied (checksum differs)`);
        }
        continue;
      }
      await applyOne(db, migration);
      log(`applied ${migration.name}`);
      done.push(migration.name);
    }
    return done;
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
  }
}

async function applyOne(db: SqlRunner, migration: MigrationFileEntry) {
  const statements = splitStatements(migration.sql);
  const startedAt = new Date();
  await db.exec("BEGIN");
  let current = "";
  try {
    for (const statement of statements) {
      current = statement;
      await db.exec(statement);
    }
    current = "(recording the migration)";
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
      [randomUUID(), migration.checksum, migration.name, startedAt],
    );
    await db.exec("COMMIT");
  } catch (error) {
    await db.exec("ROLLBACK");
    throw new MigrationError(migration.name, current, error);
  }
}

export async function pendingMigrations(db: SqlRunner, migrations: MigrationFileEntry[]): Promise<string[]> {
  const exists = await db.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!exists[0]?.present) return migrations.map((m) => m.name);
  const applied = await db.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const names = new Set(applied.map((row) => row.migration_name));
  return migrations.filter((m) => !names.has(m.name)).map((m) => m.name);
}
