// PostgreSQL goes away under a running instance (a TCP proxy between them is cut) and comes back: cached pages
// are still served, everything needing the database answers a friendly 503 with Retry-After, /api/ready fails,
// and once the proxy is restored everything recovers without a restart; /api/ready never says ready while the
// gate is closed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, seededPostgres, startServer, type AppServer } from "./harness";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

const serverUrl = process.env.TEST_DATABASE_URL;
const APP_PORT = 3311;
const PROXY_PORT = 3312;

describe.skipIf(!serverUrl)("a database outage", () => {
  let server: AppServer;
  let proxy: TcpProxy;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const scratch = await seededPostgres(serverUrl!);
    drop = scratch.drop;
    const target = new URL(scratch.url);
    proxy = await startTcpProxy(PROXY_PORT, { host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(scratch.url);
    viaProxy.port = String(PROXY_PORT);
    server = await startServer(APP_PORT, { DATABASE_URL: viaProxy.toString() });
  }, 300_000);

  afterAll(async () => {
    await server?.stop("SIGKILL");
    await proxy?.close();
    await drop?.();
  });

  it("keeps serving cached pages, answers 503 elsewhere, and recovers when the database returns", async () => {
    const home = `${server.base}/`;
    // A search the shared cache holds is served through the outage like the home page; one it does not key
    // (a parameter the catalogue does not read) needs the database.
    const sharedSearch = `${server.base}/courses?q=window`;
    const catalogue = `${server.base}/courses?q=window&from=outage-test`;
    // Read whole, so the first answer has finished (and been stored) before the second is asked for.
    const first = await fetch(home);
    await first.text();
    expect(first.status).toBe(200);
    const warm = await fetch(home);
    await warm.text();
    expect(warm.headers.get("x-page-cache")).toBe("HIT");
    expect((await fetch(catalogue)).status).toBe(200);
    await (await fetch(sharedSearch)).text();
    expect((await fetch(sharedSearch)).headers.get("x-page-cache")).toBe("HIT");

    await proxy.cut();
    expect(await eventually(async () => (await fetch(`${server.base}/api/ready`)).status === 503, 10_000)).toBe(true);
    const ready = (await (await fetch(`${server.base}/api/ready`)).json()) as { checks: Record<string, unknown> };
    expect(ready.checks.database).toBe(false);

    const cached = await fetch(home);
    expect(cached.status).toBe(200);
    expect(cached.headers.get("x-page-cache")).toBe("HIT");

    const search = await fetch(sharedSearch);
    expect([search.status, search.headers.get("x-page-cache")]).toEqual([200, "HIT"]);

    const page = await fetch(catalogue);
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    const html = await page.text();
    expect(html).toContain("We'll be back in a moment");
    expect(html).not.toMatch(/at .+\.(js|ts):\d+|Prisma|ECONNREFUSED/);

    const api = await fetch(`${server.base}/api/me`);
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("5");
    expect(await api.json()).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    const health = await fetch(`${server.base}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: "down" });

    await proxy.restore();
    // Ready again includes the job runner: had the cut caught its start half-way (it starts just after the
    // server listens, and on a loaded machine takes seconds), the runner has retried and started since.
    expect(await eventually(async () => (await fetch(`${server.base}/api/ready`)).status === 200, 30_000)).toBe(true);
    expect(await (await fetch(`${server.base}/api/ready`)).json()).toMatchObject({ checks: { jobs: true } });
    // Ready means the gate is open: no grace period between the two.
    expect((await fetch(catalogue)).status).toBe(200);
    expect((await fetch(`${server.base}/api/me`)).status).toBe(200);
    expect(server.process.exitCode).toBeNull();
    // The outage was logged once each way, without the connection string's details.
    const messages = server.logLines().map((line) => line.msg);
    expect(
      messages.filter((msg) => msg === "database unreachable: answering 503 to requests that need it"),
    ).toHaveLength(1);
    expect(messages).toContain("database reachable again");
  });
});
