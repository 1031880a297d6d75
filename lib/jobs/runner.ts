// The platform's background job runner: pg-boss 10 on the app's own database. On PGlite it shares the
// app's single connection through pg-boss's `db.executeSql` hook; on PostgreSQL it runs on a small pool of
// its own, handed to pg-boss the same way, so a failed start can always be cleaned up (pg-boss's own stop()
// does nothing for an instance whose start() did not finish).
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import PgBoss from "pg-boss";
import { countJobFailure } from "../observability/metrics";
import type { JobDefinition } from "./types";
import { throttledLog } from "../observability/throttled-log";
import { logger } from "../observability/logger";

export type JobConnection = { pglite: PGlite } | { connectionString: string };

export type JobRunner = {
  /** Queues one run of a registered job; returns its id. */
  send: (name: string, data?: object) => Promise<string>;
  /** The job's state ("created", "active", "completed", "failed", …) or null when unknown. */
  stateOf: (name: string, id: string) => Promise<string | null>;
  /** Jobs waiting to run (queued or due for a retry, not yet taken by a worker), per registered queue. */
  queueDepths: () => Promise<Record<string, number>>;
  stop: () => Promise<void>;
};

export type JobRunnerOptions = {
  jobs: JobDefinition<never>[];
  connection: JobConnection;
  /** How often each worker asks for work; tests set it short. Default: CRON_POLL_SECONDS for scheduled jobs. */
  pollingIntervalSeconds?: number;
  log?: (message: string) => void;
};

// Every job the app registers runs on a schedule of a minute or longer, so asking for work every two seconds
// (pg-boss's default) only burns CPU: nine queues polled every 2 s kept an idle server on PGlite at 20 % of a
// core. A scheduled job now waits at most this long past its minute; a job sent by hand (tests, none in the
// app) is polled every ON_DEMAND_POLL_SECONDS.
const CRON_POLL_SECONDS = 15;
const ON_DEMAND_POLL_SECONDS = 2;

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

function poolExecutor(pool: pg.Pool): PgBoss.Db {
  return { executeSql: (text: string, values: unknown[]) => pool.query(text, values) };
}

/** One attempt: starts pg-boss and registers every job; on any failure it releases what it took and throws. */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const log = options.log ?? ((message: string) => logger().error(message));
  const pool =
    "pglite" in options.connection
      ? undefined
      : new pg.Pool({ connectionString: options.connection.connectionString, max: 3, connectionTimeoutMillis: 5_000 });
  pool?.on("error", () => {}); // a dropped idle connection: the pool opens a new one on the next query
  const boss = new PgBoss({
    db: pool ? poolExecutor(pool) : pgliteExecutor((options.connection as { pglite: PGlite }).pglite),
    schema: "pgboss",
    // Finished jobs are kept a week for inspection; our own tables carry the outcome that matters.
    deleteAfterDays: 7,
    // pg-boss's own queue that turns due schedules into jobs (5 s by default): as unhurried as the jobs.
    cronWorkerIntervalSeconds: CRON_POLL_SECONDS,
  });
  let abandoned = false;
  // While the database is away every poll of every queue fails: one line per message per half-minute.
  const logRepeating = throttledLog(log);
  boss.on("error", (error: Error) => {
    if (!abandoned) logRepeating(`job runner: ${error.message}`);
  });
  const names = new Set<string>();
  let bossStarted = false;
  try {
    await boss.start();
    bossStarted = true;
    for (const job of options.jobs) {
      names.add(job.name);
      await boss.createQueue(job.name, {
        name: job.name,
        ...(job.retryLimit === undefined ? {} : { retryLimit: job.retryLimit }),
      });
      await boss.work<object>(
        job.name,
        {
          pollingIntervalSeconds:
            options.pollingIntervalSeconds ?? (job.cron ? CRON_POLL_SECONDS : ON_DEMAND_POLL_SECONDS),
        },
        async (batch) => {
          try {
            for (const item of batch) await (job.handler as (data: unknown) => Promise<void>)(item.data);
          } catch (error) {
            // Counted per failed run (pg-boss may retry it); rethrown so pg-boss records the failure.
            countJobFailure(job.name);
            throw error;
          }
        },
      );
      if (job.cron) await boss.schedule(job.name, job.cron);
      else await boss.unschedule(job.name).catch(() => undefined);
    }
  } catch (error) {
    // A start cut short (the database went away mid-way) leaves nothing running: the caller may try again.
    abandoned = true;
    if (bossStarted) await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await pool?.end().catch(() => undefined);
    throw error;
  }
  return {
    send: async (name, data = {}) => {
      if (!names.has(name)) throw new Error(`no job named ${name} is registered`);
      const id = await boss.send(name, data);
      if (!id) throw new Error(`job ${name} was not queued`);
      return id;
    },
    stateOf: async (name, id) => (await boss.getJobById(name, id))?.state ?? null,
    queueDepths: async () => {
      const depths: Record<string, number> = {};
      for (const name of names) depths[name] = await boss.getQueueSize(name);
      return depths;
    },
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await pool?.end().catch(() => undefined);
    },
  };
}
