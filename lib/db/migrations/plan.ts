import { openPglite } from "../connection";
import { deployMigrations } from "./deploy";
import { readMigrations, readSchema, writeMigration, type MigrationFileEntry } from "./files";
import { diffDatabaseToSchema } from "./schema-engine";
import { pgliteRunner } from "./sql-runner";

/** Replays every migration into a throw-away in-memory PGlite and diffs it to the schema. */
export async function diffMigrationsToSchema(
  migrations: MigrationFileEntry[] = readMigrations(),
  schema: string = readSchema(),
): Promise<string> {
  const db = await openPglite();
  try {
    await deployMigrations(pgliteRunner(db, false), migrations);
    return await diffDatabaseToSchema(db, schema);
  } finally {
    await db.close();
  }
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql; returns null when nothing changed. */
export async function createMigration(name: string): Promise<string | null> {
  const sql = await diffMigrationsToSchema();
  if (!sql) return null;
  return writeMigration(name, sql);
}
