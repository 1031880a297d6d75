// The purge bus on a real PostgreSQL: a purge published by one instance reaches the others (not itself),
// and an instance that lost its connection purges everything when it is back.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startPurgeBus, PURGE_CHANNEL } from "@/lib/cluster/purge-bus";
import { createScratchDatabase } from "@/tests/helpers/test-db";

const serverUrl = process.env.TEST_DATABASE_URL;

async function until(check: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return check();
}

describe.skipIf(!serverUrl)("purge bus (LISTEN/NOTIFY)", () => {
  const stops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it("carries a purge to every other instance within a second, and not back to the sender", async () => {
    const scratch = await createScratchDatabase(serverUrl!);
    stops.push(scratch.drop);
    const heard = { a: [] as string[], b: [] as string[], c: [] as string[] };
    const buses = (["a", "b", "c"] as const).map((name) =>
      startPurgeBus(scratch.url, (prefix) => heard[name].push(prefix)),
    );
    stops.push(...buses.map((bus) => bus.stop));
    const admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    stops.push(() => admin.end());
    const listeners = async () =>
      (
        await admin.query<{ count: number }>(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE query = $1`, [
          `LISTEN ${PURGE_CHANNEL}`,
        ])
      ).rows[0]?.count ?? 0;
    let listening = 0;
    for (let tries = 0; tries < 100 && listening < 3; tries += 1) {
      listening = await listeners();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(listening).toBe(3);

    const sent = Date.now();
    await buses[0]!.publish("/courses/sql-basics");
    expect(await until(() => heard.b.length === 1 && heard.c.length === 1, 1_000)).toBe(true);
    expect(Date.now() - sent).toBeLessThan(1_000);
    expect(heard).toEqual({ a: [], b: ["/courses/sql-basics"], c: ["/courses/sql-basics"] });

    // A message that is not a purge (wrong shape) is ignored.
    await admin.query(`SELECT pg_notify($1, $2)`, [PURGE_CHANNEL, JSON.stringify({ prefix: "no-slash" })]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard.b).toEqual(["/courses/sql-basics"]);

    // The server ends b's connection: b reconnects and purges everything, since it may have missed a purge.
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1 AND pid <> pg_backend_pid()`,
      [`LISTEN ${PURGE_CHANNEL}`],
    );
    expect(await until(() => heard.b.includes("/") && heard.c.includes("/"), 5_000)).toBe(true);
    heard.c.length = 0;
    await buses[1]!.publish("/after-reconnect");
    expect(await until(() => heard.c.includes("/after-reconnect"), 2_000)).toBe(true);
  });
});
