// The job runner as operations sees it: failures and queue depths reach /api/metrics' registry, and a runner
// whose database is unreachable at start keeps trying and starts once the database answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { superviseJobRunner } from "@/lib/jobs/supervisor";
import { registerQueueDepthSource, renderMetrics } from "@/lib/observability/metrics";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { startTcpProxy } from "./servers/tcp-proxy";

let t: TestDatabase;
const stops: Array<() => Promise<unknown>> = [];
beforeAll(async () => {
  t = await useTestDatabase();
});
afterAll(async () => {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
});

const scrape = async () => (await renderMetrics()).body;
const metricValue = (text: string, series: string) => {
  const line = text.split("\n").find((entry) => entry.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

async function until(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe("job runner metrics", () => {
  it("counts a failed job and shows queued jobs in the queue depth", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const runner: JobRunner = await startJobRunner({
      jobs: [
        { name: "ops-test.fails", retryLimit: 0, handler: async () => Promise.reject(new Error("this job fails")) },
        { name: "ops-test.blocked", handler: () => gate },
      ],
      connection: t.jobs,
      pollingIntervalSeconds: 0.5,
      log: () => undefined,
    });
    stops.push(() => runner.stop());
    registerQueueDepthSource(runner.queueDepths);

    const failing = await runner.send("ops-test.fails");
    expect(await until(async () => (await runner.stateOf("ops-test.fails", failing)) === "failed")).toBe(true);
    expect(metricValue(await scrape(), 'job_failures_total{queue="ops-test.fails"}')).toBe(1);

    // One worker takes one job at a time: with the first one held, the other two wait in the queue.
    for (let n = 0; n < 3; n += 1) await runner.send("ops-test.blocked", { n });
    expect(
      await until(async () => metricValue(await scrape(), 'job_queue_depth{queue="ops-test.blocked"}') === 2),
    ).toBe(true);
    expect(metricValue(await scrape(), 'job_queue_depth{queue="ops-test.fails"}')).toBe(0);
    release();
    expect(
      await until(async () => metricValue(await scrape(), 'job_queue_depth{queue="ops-test.blocked"}') === 0),
    ).toBe(true);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("a job runner started while PostgreSQL is away", () => {
  it("retries its start and runs jobs once the database answers", async () => {
    const target = new URL((t.jobs as { connectionString: string }).connectionString);
    const proxy = await startTcpProxy(3391, { host: target.hostname, port: Number(target.port || 5432) });
    stops.push(() => proxy.close());
    await proxy.cut();
    const viaProxy = new URL(target);
    viaProxy.port = "3391";
    const seen: unknown[] = [];
    const failures: unknown[] = [];
    const supervised = superviseJobRunner({
      jobs: [{ name: "ops-test.echo", handler: async (data) => void seen.push(data) }],
      connection: { connectionString: viaProxy.toString() },
      pollingIntervalSeconds: 0.5,
      retry: { firstMs: 200, maxMs: 500 },
      log: () => undefined,
      onStartFailed: (error) => failures.push(error),
    });
    stops.push(() => supervised.stop());
    expect(await until(async () => failures.length >= 2, 10_000)).toBe(true);
    expect(supervised.current()).toBeNull();

    await proxy.restore();
    const runner = await supervised.whenStarted();
    expect(supervised.current()).toBe(runner);
    const id = await runner.send("ops-test.echo", { hello: "again" });
    expect(await until(async () => (await runner.stateOf("ops-test.echo", id)) === "completed")).toBe(true);
    expect(seen).toEqual([{ hello: "again" }]);
  });
});
