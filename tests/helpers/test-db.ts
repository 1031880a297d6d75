import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createPgClient, createPgliteClient, setDb, type Db } from "@/lib/db/client";
import { openPglite } from "@/lib/db/connection";
import { openPgliteFromDump } from "@/lib/db/pglite";
import { deployMigrations } from "@/lib/db/migrations/deploy";
import { readMigrations } from "@/lib/db/migrations/files";
import { pgliteRunner, pgRunner } from "@/lib/db/migrations/sql-runner";

import { deliverOutbox } from "@/lib/worker/outbox-delivery";
import type { JobConnection } from "@/lib/jobs/runner";
import { onOutboxKick } from "@/lib/outbox/kick";

/** `jobs` is how a job runner reaches the same database (the PGlite instance, or the scratch database's URL). */
export type TestDatabase = { db: Db; kind: "pglite" | "postgres"; jobs: JobConnection };

/** Refuses anything but a server on this machine: tests create and drop databases. */
function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(
      `TEST_DATABASE_URL must point at a local server (got host ${host}); tests create and drop databases.`,
    );
  }
}

/**
 * Creates a database on a local PostgreSQL server, empty or a copy of `template`; `drop` removes it.
 */
export async function createScratchDatabase(
  serverUrl: string,
  prefix = "ba_test_",
  template?: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  assertLocal(serverUrl);
  const name = `${prefix}${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ""}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * A fresh, fully migrated database for one test file, wired in as the app's `db`.
 * PGlite in memory by default; a new database on the server in TEST_DATABASE_URL otherwise.
 * Dropped after the file's tests.
 */
export async function useTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  // The run's migrated template (tests/helpers/db-template.global.ts); absent under another config.
  const template = (key: "pgliteTemplate" | "postgresTemplate") => inject(key) || undefined;
  if (!serverUrl) {
    const dump = template("pgliteTemplate");
    const pglite = dump ? await openPgliteFromDump(new Blob([await readFile(dump)])) : await openPglite();
    await deployMigrations(pgliteRunner(pglite, false), readMigrations());
    return installForThisFile(createPgliteClient(pglite), "pglite", () => pglite.close(), { pglite });
  }
  const scratch = await createScratchDatabase(serverUrl, "ba_test_", template("postgresTemplate"));
  const migrator = new pg.Client({ connectionString: scratch.url });
  await migrator.connect();
  await deployMigrations(pgRunner(migrator), readMigrations());
  await migrator.end();
  return installForThisFile(createPgClient(scratch.url), "postgres", scratch.drop, { connectionString: scratch.url });
}

/** Points the app's `db` at this client until the file's tests end, then releases the database. */
function installForThisFile(
  db: Db,
  kind: TestDatabase["kind"],
  release: () => Promise<void>,
  jobs: JobConnection,
): TestDatabase {
  setDb(db);
  // The serving process delivers the outbox in the background after a commit; a test's kick delivers before it
  // returns, so what a test reads after an action is what a person would find a moment later.
  onOutboxKick(async () => void (await deliverOutbox()));
  afterAll(async () => {
    onOutboxKick(null);
    setDb(undefined);
    await db.$disconnect();
    await release();
  });
  return { db, kind, jobs };
}
