// Two app instances each run a pg-boss worker on the same PostgreSQL queue (as lib/jobs will): every job runs
// exactly once across them, and both instances take part. The test waits on events: every job seen, then both
// workers stopped gracefully (no handler running, none to come), after which a duplicate can no longer appear.
import PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "@/tests/helpers/test-db";

const serverUrl = process.env.TEST_DATABASE_URL;
const QUEUE = "ops.once-probe";
const JOBS = 40;

describe.skipIf(!serverUrl)("background jobs across instances", () => {
  const stops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it("runs each job once, whichever instance takes it", async () => {
    const scratch = await createScratchDatabase(serverUrl!);
    stops.push(scratch.drop);
    const runs = new Map<number, string[]>();
    let allSeen = () => {};
    const everyJobSeen = new Promise<void>((resolve) => (allSeen = resolve));
    const instances = ["a", "b"].map((name) => ({ name, boss: new PgBoss({ connectionString: scratch.url, max: 3 }) }));
    for (const { boss } of instances) boss.on("error", () => {});
    // One after the other: pg-boss creates its schema on the first start.
    const stopped = new Set<PgBoss>();
    const stop = async (boss: PgBoss, graceful: boolean) => {
      if (stopped.has(boss)) return;
      stopped.add(boss);
      await boss.stop({ graceful, wait: true });
    };
    for (const { boss } of instances) {
      await boss.start();
      stops.push(() => stop(boss, false));
    }
    await instances[0]!.boss.createQueue(QUEUE);
    for (const { name, boss } of instances) {
      await boss.work<{ n: number }>(QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 2 }, async (jobs) => {
        for (const job of jobs) {
          runs.set(job.data.n, [...(runs.get(job.data.n) ?? []), name]);
          if (runs.size === JOBS) allSeen();
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
    }
    for (let n = 0; n < JOBS; n += 1) await instances[n % 2]!.boss.send(QUEUE, { n });

    await everyJobSeen;
    // A graceful stop returns once both workers' handlers have finished and neither will fetch again: a duplicate,
    // were there one, has been recorded by then.
    await Promise.all(instances.map(({ boss }) => stop(boss, true)));
    expect(runs.size).toBe(JOBS);
    expect([...runs.values()].every((takers) => takers.length === 1)).toBe(true);
    const byInstance = [...runs.values()].flat();
    expect(byInstance.filter((name) => name === "a").length).toBeGreaterThan(0);
    expect(byInstance.filter((name) => name === "b").length).toBeGreaterThan(0);
  });
});
