// Offline database workflow: `new <name>`, `deploy`, `drift`, `seed`. See README "Database".
import { env } from "../lib/env";
import { deployMigrations } from "../lib/db/migrations/deploy";
import { readMigrations } from "../lib/db/migrations/files";
import { createMigration, diffMigrationsToSchema } from "../lib/db/migrations/plan";
import { openConfiguredRunner } from "../lib/db/open-runner";

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const config = env();
  switch (command) {
    case "new": {
      const folder = await createMigration(args[0] ?? "migration");
      console.log(folder ? `wrote ${folder}/migration.sql` : "schema and migrations already agree: nothing to write");
      return;
    }
    case "deploy": {
      const runner = await openConfiguredRunner({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
      try {
        const applied = await deployMigrations(runner, readMigrations(), console.log);
        console.log(applied.length ? `${applied.length} migration(s) applied` : "database is up to date");
      } finally {
        await runner.close();
      }
      return;
    }
    case "drift": {
      const sql = await diffMigrationsToSchema();
      if (sql) {
        console.error(
          "Drift: prisma/schema.prisma differs from the migrations. Run `npm run db:migrate:new -- <name>`. Missing SQL:\n" +
            sql,
        );
        process.exit(1);
      }
      console.log("no drift: migrations match prisma/schema.prisma");
      return;
    }
    case "seed": {
      const { seedConfiguredDatabase } = await import("../prisma/seed");
      await seedConfiguredDatabase();
      return;
    }
    default:
      console.error("usage: npm run db:migrate:new -- <name>, or tsx scripts/db.ts new <name> | deploy | drift | seed");
      process.exit(2);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
