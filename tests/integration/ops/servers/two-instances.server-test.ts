// Two instances on one PostgreSQL and one Redis behind the shipped nginx config (deploy/nginx/academy.conf): a
// session made on one works on the other, rate limits are shared, a purge on one instance reaches the other (its
// page cache and Next's cache of the rendered page both dropped), and while the database is away nginx passes on
// the apps' answers (cached pages and health 200, the rest 503 with Retry-After) instead of its own 502.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { eventually, seededPostgres, signIn, startServer, type AppServer } from "./harness";
import { nginxAvailable, startNginx } from "./nginx";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

const serverUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;
const [NGINX_PORT, A_PORT, B_PORT, DB_PROXY_PORT] = [3320, 3321, 3322, 3323];
const COURSE = "/courses/http-apis-rest-graphql";

describe.skipIf(!serverUrl || !redisUrl || !nginxAvailable())("two instances behind nginx", () => {
  let a: AppServer;
  let b: AppServer;
  let nginx: { stop: () => Promise<void> };
  let proxy: TcpProxy;
  let databaseUrl = "";
  let drop: () => Promise<void>;
  const front = `http://127.0.0.1:${NGINX_PORT}`;

  beforeAll(async () => {
    const scratch = await seededPostgres(serverUrl!);
    ({ url: databaseUrl, drop } = scratch);
    // The instances reach PostgreSQL through a proxy the last test cuts; the test itself writes to it directly.
    const target = new URL(databaseUrl);
    proxy = await startTcpProxy(DB_PROXY_PORT, { host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(databaseUrl);
    viaProxy.port = String(DB_PROXY_PORT);
    // What instances share must come from configuration, never from a file one instance wrote.
    const shared = {
      DATABASE_URL: viaProxy.toString(),
      REDIS_URL: redisUrl!,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      TRUSTED_PROXY_HOPS: "1",
      APP_URL: front.replace("127.0.0.1", "localhost"),
    };
    [a, b] = await Promise.all([startServer(A_PORT, shared), startServer(B_PORT, shared)]);
    nginx = await startNginx(NGINX_PORT, [A_PORT, B_PORT]);
    // Ready includes the job runner, which starts a moment after the server listens (seconds on a loaded machine).
    for (const server of [a, b])
      expect(await eventually(async () => (await fetch(`${server.base}/api/ready`)).status === 200, 60_000)).toBe(true);
  }, 300_000);

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all([a?.stop("SIGKILL"), b?.stop("SIGKILL")]);
    await proxy?.close();
    await drop?.();
  });

  it("serves through nginx from both instances", async () => {
    for (let i = 0; i < 4; i += 1) expect((await fetch(`${front}/api/ready`)).status).toBe(200);
    const served = (server: AppServer) => server.logLines().filter((line) => line.route === "/api/ready").length;
    expect(served(a)).toBeGreaterThan(0);
    expect(served(b)).toBeGreaterThan(0);
  });

  it("accepts a session made on one instance on the other", async () => {
    const cookie = await signIn(a.base, "learner@academy.test", DEMO_PASSWORD);
    for (const server of [a, b]) {
      const me = (await (await fetch(`${server.base}/api/me`, { headers: { cookie } })).json()) as {
        user: { email?: string; name?: string } | null;
      };
      expect(me.user).not.toBeNull();
    }
  });

  it("shares rate limits: the fourth reset request for one address is refused whichever instance takes it", async () => {
    const email = `limit-${randomBytes(4).toString("hex")}@example.test`;
    const ask = (server: AppServer) =>
      fetch(`${server.base}/api/auth/forgot-password`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email }),
      });
    const statuses = [];
    for (const server of [a, b, a]) statuses.push((await ask(server)).status);
    const fourth = await ask(b);
    expect(statuses).toEqual([200, 200, 200]);
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("purges a page on every instance when it is purged on one", async () => {
    const title = async (server: AppServer) =>
      (await (await fetch(`${server.base}${COURSE}`)).text()).match(/<h1[^>]*>([^<]*)</)?.[1] ?? "";
    const before = await title(b);
    expect(before.length).toBeGreaterThan(0);
    const again = await fetch(`${b.base}${COURSE}`);
    expect(again.headers.get("x-page-cache")).toBe("HIT");

    const marker = `revised ${randomBytes(3).toString("hex")}`;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`UPDATE "Course" SET title = title || $1 WHERE slug = $2`, [
      ` (${marker})`,
      COURSE.split("/").at(-1),
    ]);
    await client.end();

    const admin = await signIn(a.base, "admin@academy.test", DEMO_PASSWORD);
    const purge = await fetch(`${a.base}/api/admin/purge`, {
      method: "POST",
      headers: { cookie: admin, "content-type": "application/json" },
      body: JSON.stringify({ prefix: COURSE }),
    });
    expect(purge.status).toBe(200);
    // Instance b reports the purge once it has dropped both caches: from then on it serves the new title.
    const seen = await b.waitForLog((line) => line.msg === "purge from another instance" && line.prefix === COURSE);
    expect(seen.nextRevalidated).toBe(true);
    expect(await title(b)).toContain(marker);
  });

  it("passes on the apps' answers through a database outage: cached pages and health 200, the rest 503", async () => {
    const home = `${front}/`;
    // Warm the home page on both instances (round-robin), read whole so each answer is stored.
    for (let i = 0; i < 4; i += 1) await (await fetch(home)).text();
    const uncached = `${front}/courses?q=outage&from=nginx-test`;

    await proxy.cut();
    await Promise.all(
      [a, b].map((server) =>
        server.waitForLog((line) => line.msg === "database unreachable: answering 503 to requests that need it"),
      ),
    );
    // Several rounds, so each instance answers each kind more than max_fails times: nginx must keep passing them on.
    for (let i = 0; i < 6; i += 1) {
      const cached = await fetch(home);
      expect([cached.status, cached.headers.get("x-page-cache")]).toEqual([200, "HIT"]);
      await cached.text();
      const health = await fetch(`${front}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ database: "down" });
      for (const url of [uncached, `${front}/api/me`]) {
        const answer = await fetch(url);
        expect(answer.status, url).toBe(503);
        expect(answer.headers.get("retry-after"), url).toBe("5");
        await answer.text();
      }
    }

    await proxy.restore();
    expect(await eventually(async () => (await fetch(uncached)).status === 200, 30_000)).toBe(true);
  });
});
