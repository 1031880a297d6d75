// Two app instances each run a pg-boss worker on the same PostgreSQL queue (as lib/jobs will): every job runs
// exactly once across them, and both instances take part.
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
    const instances = ["a", "b"].map((name) => ({ name, boss: new PgBoss({ connectionString: scratch.url, max: 3 }) }));
    for (const { boss } of instances) boss.on("error", () => {});
    // One after the other: pg-boss creates its schema on the first start.
    for (const { boss } of instances) {
      await boss.start();
      stops.push(() => boss.stop({ graceful: false, wait: true }));
    }
    await instances[0]!.boss.createQueue(QUEUE);
    for (const { name, boss } of instances) {
      await boss.work<{ n: number }>(QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 2 }, async (jobs) => {
        for (const job of jobs) {
          runs.set(job.data.n, [...(runs.get(job.data.n) ?? []), name]);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
    }
    for (let n = 0; n < JOBS; n += 1) await instances[n % 2]!.boss.send(QUEUE, { n });

    const deadline = Date.now() + 30_000;
    while (runs.size < JOBS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // time for a duplicate, were there one
    expect(runs.size).toBe(JOBS);
    expect([...runs.values()].every((takers) => takers.length === 1)).toBe(true);
    const byInstance = [...runs.values()].flat();
    expect(byInstance.filter((name) => name === "a").length).toBeGreaterThan(0);
    expect(byInstance.filter((name) => name === "b").length).toBeGreaterThan(0);
  });
});
