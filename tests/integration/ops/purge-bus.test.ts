// The purge bus on a real PostgreSQL: a purge published by one instance reaches the others (not itself), purges
// published at once go out one after another on the bus's connection, and an instance that lost its connection
// purges everything when it is back. Every wait is on a purge being heard, never on a clock.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startPurgeBus, PURGE_CHANNEL } from "@/lib/cluster/purge-bus";
import { createScratchDatabase } from "@/tests/helpers/test-db";

const serverUrl = process.env.TEST_DATABASE_URL;

/** What one instance heard, and a way to wait until it has heard something (a safety timeout, not a measure). */
function ear() {
  const heard: string[] = [];
  let waiters: Array<() => void> = [];
  return {
    heard,
    hear: (prefix: string) => {
      heard.push(prefix);
      for (const wake of waiters) wake();
    },
    until: (check: (heard: string[]) => boolean, timeoutMs = 15_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`not heard in ${timeoutMs} ms: ${heard.join(", ")}`)),
          timeoutMs,
        );
        const look = () => {
          if (!check(heard)) return;
          clearTimeout(timer);
          waiters = waiters.filter((wake) => wake !== look);
          resolve();
        };
        waiters.push(look);
        look();
      }),
  };
}

describe.skipIf(!serverUrl)("purge bus (LISTEN/NOTIFY)", () => {
  const stops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it("carries a purge to every other instance, not back to the sender, one NOTIFY at a time", async () => {
    const scratch = await createScratchDatabase(serverUrl!);
    stops.push(scratch.drop);
    const ears = { a: ear(), b: ear(), c: ear() };
    const buses = (["a", "b", "c"] as const).map((name) => startPurgeBus(scratch.url, ears[name].hear));
    stops.push(...buses.map((bus) => bus.stop));
    const admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    stops.push(() => admin.end());
    await Promise.all(buses.map((bus) => bus.listening));
    const listeners = await admin.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_stat_activity WHERE query = $1`,
      [`LISTEN ${PURGE_CHANNEL}`],
    );
    expect(listeners.rows[0]?.count).toBe(3);

    // Every query pg is asked to start while the same client still runs one (pg warns about that and will refuse it).
    const overlapping: string[] = [];
    const running = new WeakMap<object, number>();
    const query = pg.Client.prototype.query;
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on("warning", onWarning);
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      if ((running.get(this) ?? 0) > 0) overlapping.push(String(args[1]));
      running.set(this, (running.get(this) ?? 0) + 1);
      const result = (query as (...rest: unknown[]) => unknown).apply(this, args);
      if (result instanceof Promise)
        void result.finally(() => running.set(this, (running.get(this) ?? 1) - 1)).catch(() => {});
      return result;
    } as typeof query;
    try {
      const prefixes = ["/courses/sql-basics", "/courses/http", "/courses/redis", "/tracks"];
      await Promise.all(prefixes.map((prefix) => buses[0]!.publish(prefix)));
      await Promise.all([ears.b, ears.c].map((e) => e.until((heard) => heard.length === prefixes.length)));
      expect({ a: ears.a.heard, b: ears.b.heard, c: ears.c.heard }).toEqual({ a: [], b: prefixes, c: prefixes });
      expect(overlapping).toEqual([]);
      expect(warnings.filter((warning) => warning.startsWith("DeprecationWarning"))).toEqual([]);
    } finally {
      pg.Client.prototype.query = query;
      process.off("warning", onWarning);
    }

    // A message that is not a purge (wrong shape) is ignored. NOTIFYs arrive in commit order, so once b hears the
    // purge sent after it, b has already passed over the wrong one.
    ears.b.heard.length = 0;
    await admin.query(`SELECT pg_notify($1, $2)`, [PURGE_CHANNEL, JSON.stringify({ prefix: "no-slash" })]);
    await buses[0]!.publish("/after-the-wrong-one");
    await ears.b.until((heard) => heard.includes("/after-the-wrong-one"));
    expect(ears.b.heard).toEqual(["/after-the-wrong-one"]);

    // The server ends b's connection: b reconnects and purges everything, since it may have missed a purge.
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1 AND pid <> pg_backend_pid()`,
      [`LISTEN ${PURGE_CHANNEL}`],
    );
    await Promise.all([ears.b, ears.c].map((e) => e.until((heard) => heard.includes("/"))));
    ears.c.heard.length = 0;
    await buses[1]!.publish("/after-reconnect");
    await ears.c.until((heard) => heard.includes("/after-reconnect"));
    expect(ears.c.heard).toContain("/after-reconnect");
  });
});
