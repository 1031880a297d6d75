// PostgreSQL goes away under a running instance (a TCP proxy between them is cut) and comes back: cached pages
// are still served, everything needing the database answers a friendly 503 with Retry-After, /api/ready fails,
// and once the proxy is restored everything recovers without a restart; /api/ready never says ready while the
// gate is closed. The first request to meet an outage, before the monitor has seen it, already answers 503 with
// Retry-After (an API, a server action, a page), never a 500 or nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { eventually, opsPort, seededPostgres, signIn, startServer, type AppServer } from "./harness";
import { callServerAction } from "./server-action";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

const serverUrl = process.env.TEST_DATABASE_URL;
const APP_PORT = opsPort(11);
const PROXY_PORT = opsPort(12);
const UNREACHABLE = "database unreachable: answering 503 to requests that need it";

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
    expect(messages.filter((msg) => msg === UNREACHABLE)).toHaveLength(1);
    expect(messages).toContain("database reachable again");
  });

  // /api/me once went unanswered here: Next streams a JSON route's 500 through its compression (fetch takes gzip), and
  // the gate's own 503 went out through it too, as later writes the gate dropped (fixed in lib/ops/db-gate.ts).
  it("answers the first request to meet an outage 503 with Retry-After, an API, an action and a page alike", async () => {
    const cookie = await signIn(server.base, "learner@academy.test", DEMO_PASSWORD);
    // The learner's dashboard: read per request, never from a cache (the catalogue may come from its memo).
    const page = `${server.base}/dashboard`;
    // An unanswered request fails here instead of hanging the test.
    const answered = () => ({ signal: AbortSignal.timeout(15_000) });
    const unreachableLogs = () => server.logLines().filter((line) => line.msg === UNREACHABLE).length;
    // Each request goes first into its own outage: the monitor, which probes every few seconds and declares an
    // outage after two failed probes a second apart, has not seen it yet; the request's own failure tells it.
    const meetsOutage = async <T>(request: () => Promise<T>): Promise<T> => {
      const before = unreachableLogs();
      await proxy.cut();
      const answer = await request();
      // The failed request closed the gate at once: the monitor declared the outage after one probe.
      expect(await eventually(async () => unreachableLogs() === before + 1, 10_000)).toBe(true);
      await proxy.restore();
      await recovered();
      return answer;
    };
    // Ready means the gate is open: a request needing the database goes through at the first "ready".
    const recovered = async () => {
      expect(await eventually(async () => (await fetch(`${server.base}/api/ready`)).status === 200, 30_000)).toBe(true);
      expect((await fetch(page, { headers: { cookie } })).status).toBe(200);
    };
    await recovered();

    const me = await meetsOutage(() => fetch(`${server.base}/api/me`, { headers: { cookie }, ...answered() }));
    expect([me.status, me.headers.get("retry-after")]).toEqual([503, "5"]);
    expect(await me.json()).toMatchObject({ ok: false, code: "UNAVAILABLE" });

    // The action's own answer, in the RSC format the React client reads into the form's state.
    const enrol = await meetsOutage(() =>
      callServerAction(
        server.base,
        "/courses/backend-career",
        { name: "enrollAction", file: "lib/learning/actions.ts" },
        { courseSlug: "backend-career" },
        cookie,
      ),
    );
    expect([enrol.status, enrol.headers.get("retry-after")]).toEqual([503, "5"]);
    expect(enrol.result).toMatchObject({ ok: false, code: "UNAVAILABLE" });

    const html = await meetsOutage(() => fetch(page, { headers: { cookie }, ...answered() }));
    expect([html.status, html.headers.get("retry-after")]).toEqual([503, "5"]);
    const body = await html.text();
    expect(body).toContain("We'll be back in a moment");
    expect(body).not.toMatch(/digest|Prisma|ECONNREFUSED/);

    // After the last recovery everything answers again, signed in too.
    expect((await fetch(`${server.base}/api/me`, { headers: { cookie } })).status).toBe(200);
    expect(server.process.exitCode).toBeNull();
  });
});
