// Brings the configured database up to date before the server opens it:
// applies pending migrations, then seeds the demo curriculum into an empty database.
import { deployMigrations } from "../lib/db/migrations/deploy";
import { readMigrations } from "../lib/db/migrations/files";
import { DatabaseUnreachableError, openConfiguredRunner } from "../lib/db/open-runner";
import { env } from "../lib/env";

export async function prepareDatabase(): Promise<void> {
  const config = env();
  const runner = await openConfiguredRunner({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  let empty: boolean;
  try {
    await deployMigrations(runner, readMigrations(), (line) => console.log(`  ${line}`));
    const [row] = await runner.query<{ count: number }>(`SELECT count(*)::int AS count FROM "Course"`);
    empty = (row?.count ?? 0) === 0;
  } finally {
    await runner.close();
  }
  if (empty) {
    const { seedConfiguredDatabase } = await import("../prisma/seed");
    await seedConfiguredDatabase();
  }
}

export function exitOnDatabaseError(error: unknown): never {
  if (error instanceof DatabaseUnreachableError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

if (process.argv[1]?.endsWith("prepare-db.ts")) {
  prepareDatabase().catch(exitOnDatabaseError);
}
