// Vitest global setup for the integration tests: the migrations run once per run into a template, and each test
// file's fresh database starts from it (useTestDatabase) instead of running initdb and every migration again.
// PGlite: a migrated data directory dumped to a file. PostgreSQL (TEST_DATABASE_URL): a template database that
// CREATE DATABASE … TEMPLATE copies. Each file still runs deployMigrations, which then finds nothing to do.
import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openPglite } from "@/lib/db/connection";
import { deployMigrations } from "@/lib/db/migrations/deploy";
import { readMigrations } from "@/lib/db/migrations/files";
import { pgliteRunner, pgRunner } from "@/lib/db/migrations/sql-runner";
import { createScratchDatabase } from "./test-db";

declare module "vitest" {
  export interface ProvidedContext {
    /** A gzipped PGlite data directory with every migration applied ("" when there is none). */
    pgliteTemplate: string;
    /** A migrated database on the TEST_DATABASE_URL server to copy ("" without one). */
    postgresTemplate: string;
  }
}

type Template = { pgliteTemplate: string; postgresTemplate: string; drop: () => Promise<void> };

async function makeTemplate(): Promise<Template> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, "ba_template_");
    const migrator = new pg.Client({ connectionString: scratch.url });
    await migrator.connect();
    await deployMigrations(pgRunner(migrator), readMigrations());
    await migrator.end();
    return { pgliteTemplate: "", postgresTemplate: new URL(scratch.url).pathname.slice(1), drop: scratch.drop };
  }
  const pglite = await openPglite();
  await deployMigrations(pgliteRunner(pglite, false), readMigrations());
  const file = path.join(os.tmpdir(), `academy-test-template-${randomBytes(6).toString("hex")}.tar.gz`);
  await writeFile(file, Buffer.from(await (await pglite.dumpDataDir("gzip")).arrayBuffer()));
  await pglite.close();
  return { pgliteTemplate: file, postgresTemplate: "", drop: () => rm(file, { force: true }) };
}

// Both integration projects (shared modules and isolated, vitest.config.ts) name this setup: one template for the
// run, removed after the last project is done with it.
let template: Promise<Template> | undefined;
let users = 0;

export default async function setup(project: TestProject) {
  template ??= makeTemplate();
  users += 1;
  const { pgliteTemplate, postgresTemplate, drop } = await template;
  project.provide("pgliteTemplate", pgliteTemplate);
  project.provide("postgresTemplate", postgresTemplate);
  return async () => {
    users -= 1;
    if (users === 0) {
      template = undefined;
      await drop();
    }
  };
}
