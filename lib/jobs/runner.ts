// The platform's background job runner: pg-boss 10 on the app's own database. On PGlite it shares the
// app's single connection through pg-boss's `db.executeSql` hook; on PostgreSQL it keeps a small pool.
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { JobDefinition } from "./types";

export type JobConnection = { pglite: PGlite } | { connectionString: string };

export type JobRunner = {
  /** Queues one run of a registered job; returns its id. */
  send: (name: string, data?: object) => Promise<string>;
  /** The job's state ("created", "active", "completed", "failed", …) or null when unknown. */
  stateOf: (name: string, id: string) => Promise<string | null>;
  stop: () => Promise<void>;
};

/** pg-boss hands over multi-statement scripts without values (exec) and single statements with them (query). */
function pgliteExecutor(pglite: PGlite): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => {
      if (values && values.length > 0) return { rows: (await pglite.query(text, values)).rows };
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

export async function startJobRunner(options: {
  jobs: JobDefinition<never>[];
  connection: JobConnection;
  pollingIntervalSeconds?: number;
  log?: (message: string) => void;
}): Promise<JobRunner> {
  const log = options.log ?? ((message: string) => console.error(message));
  const boss = new PgBoss({
    ...("pglite" in options.connection
      ? { db: pgliteExecutor(options.connection.pglite) }
      : { connectionString: options.connection.connectionString, max: 3 }),
    schema: "pgboss",
    // Finished jobs are kept a week for inspection; our own tables carry the outcome that matters.
    deleteAfterDays: 7,
  });
  boss.on("error", (error: Error) => log(`job runner: ${error.message}`));
  await boss.start();
  const names = new Set<string>();
  for (const job of options.jobs) {
    names.add(job.name);
    await boss.createQueue(job.name);
    await boss.work<object>(
      job.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async (batch) => {
        for (const item of batch) await (job.handler as (data: unknown) => Promise<void>)(item.data);
      },
    );
    if (job.cron) await boss.schedule(job.name, job.cron);
    else await boss.unschedule(job.name).catch(() => undefined);
  }
  return {
    send: async (name, data = {}) => {
      if (!names.has(name)) throw new Error(`no job named ${name} is registered`);
      const id = await boss.send(name, data);
      if (!id) throw new Error(`job ${name} was not queued`);
      return id;
    },
    stateOf: async (name, id) => (await boss.getJobById(name, id))?.state ?? null,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
