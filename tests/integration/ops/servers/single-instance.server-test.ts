// One production server on PGlite: readiness, metrics (exposed to loopback, refused to others without the
// token), one log line per request without secrets, and a graceful shutdown with a request in flight.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { opsToken } from "@/lib/ops/ops-token";
import { openPglite } from "@/lib/db/connection";
import { pgliteDir, prepareDatabase, signIn, startServer, type AppServer } from "./harness";
import { nginxAvailable, startNginx } from "./nginx";

const PORT = 3301;
const NGINX_PORT = 3309;
const METRICS_TOKEN = "metrics-token-for-the-ops-test";
const data = pgliteDir();
let server: AppServer;

beforeAll(async () => {
  prepareDatabase({ PGLITE_DIR: data.dir });
  // One trusted proxy hop, so a test can present a non-loopback client address as a proxy would.
  server = await startServer(PORT, { PGLITE_DIR: data.dir, METRICS_TOKEN, TRUSTED_PROXY_HOPS: "1" });
}, 240_000);

afterAll(async () => {
  await server?.stop("SIGKILL");
  data.cleanup();
});

describe("a single instance", () => {
  it("becomes ready once its job runner has started, and says what it checked", async () => {
    // The runner starts just after the server listens; until it has, the instance reports not ready.
    let response = await fetch(`${server.base}/api/ready`);
    for (let waited = 0; response.status !== 200 && waited < 30_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      response = await fetch(`${server.base}/api/ready`);
    }
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ready",
      checks: { accepting: true, database: true, migrations: true, jobs: true },
    });
  });

  it("exposes metrics to this machine and to a bearer of METRICS_TOKEN, and to nobody else", async () => {
    // Read whole, so each response has finished (and been counted) before the scrape.
    for (let i = 0; i < 2; i += 1) await (await fetch(`${server.base}/`)).text();
    const local = await fetch(`${server.base}/api/metrics`);
    expect(local.status).toBe(200);
    const text = await local.text();
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/",status="200"\} \d+/);
    expect(text).toMatch(/http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/"\}/);
    expect(text).toMatch(/page_cache_lookups_total\{outcome="hit"\} [1-9]/);
    expect(text).toContain("process_resident_memory_bytes");
    // The job runner (started, as readiness showed) reports its real queues.
    expect(text).toMatch(/job_queue_depth\{queue="payments.reconcile"\} \d+/);

    const remote = { "x-forwarded-for": "203.0.113.7" };
    expect((await fetch(`${server.base}/api/metrics`, { headers: remote })).status).toBe(403);
    expect(
      (
        await fetch(`${server.base}/api/metrics`, {
          headers: { ...remote, authorization: "Bearer wrong-token-of-same-len" },
        })
      ).status,
    ).toBe(403);
    const withToken = await fetch(`${server.base}/api/metrics`, {
      headers: { ...remote, authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(withToken.status).toBe(200);
  });

  it("logs one line per request with route, status, duration, request id and user id, and no secret", async () => {
    const cookie = await signIn(server.base, "learner@academy.test", DEMO_PASSWORD);
    const me = await fetch(`${server.base}/api/me`, { headers: { cookie, "x-request-id": "ops-test-request-0001" } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ viewer: { name: "Sam Learner" } });
    await (await fetch(`${server.base}/courses/no-such-course-here?token=secret-query-token`)).text();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const lines = server.logLines().filter((line) => line.msg === "request");
    const meLine = lines.find((line) => line.reqId === "ops-test-request-0001");
    expect(meLine).toMatchObject({
      method: "GET",
      route: "/api/me",
      status: 200,
      userId: expect.stringMatching(/^c[a-z0-9]{20,}$/),
    });
    expect(typeof meLine?.ms).toBe("number");
    const anonymous = lines.find((line) => line.route === "/courses/[slug]");
    expect(anonymous).toMatchObject({ status: 404 });
    expect(anonymous).not.toHaveProperty("userId");

    const output = server.output();
    const sessionValue = cookie.match(/session-token=([^;]+)/)?.[1] ?? "";
    expect(sessionValue.length).toBeGreaterThan(20);
    for (const secret of [DEMO_PASSWORD, sessionValue, "learner@academy.test", "secret-query-token", METRICS_TOKEN])
      expect(output).not.toContain(secret);
  });

  it("shares a search's page for half a minute, but never one visitor's 'Search paused'", async () => {
    // One client address of its own (a trusted proxy hop), so its search budget is this test's alone.
    const from = { "x-forwarded-for": "203.0.113.61" };
    const search = async (q: string) => {
      const response = await fetch(`${server.base}/courses?q=${q}`, { headers: from });
      return { response, html: await response.text() };
    };
    const first = await search("index");
    expect(first.response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30");
    expect(first.html).toContain("matching “index”");
    const repeat = await search("index");
    expect(repeat.response.headers.get("x-page-cache")).toBe("HIT");
    expect(repeat.html).toBe(first.html);

    // Distinct searches reach the database: past the per-address budget (60 a minute) the visitor is paused.
    let paused: Awaited<ReturnType<typeof search>> | null = null;
    for (let i = 0; i < 70 && !paused; i += 1) {
      const answer = await search(`pausetest${i}`);
      if (answer.html.includes("Search paused")) paused = answer;
    }
    expect(paused, "no search was paused after 70 distinct ones").not.toBeNull();
    expect(paused!.response.headers.get("cache-control")).toBe("private, no-cache");
    const pausedQuery = new URL(paused!.response.url).searchParams.get("q")!;
    // Another visitor asking the same search gets the results, not the pause; nor was the pause stored.
    const other = await fetch(`${server.base}/courses?q=${pausedQuery}`, {
      headers: { "x-forwarded-for": "203.0.113.62" },
    });
    expect(other.headers.get("x-page-cache")).toBeNull();
    const otherHtml = await other.text();
    expect(otherHtml).not.toContain("Search paused");
    expect(otherHtml).toMatch(/matching “pausetest\d+”|No course matches/);
    // …and the cached search still answers the paused visitor: a shared page costs the database nothing.
    expect((await search("index")).response.headers.get("x-page-cache")).toBe("HIT");
  });

  it("backs up the embedded database while the server runs (the server makes the copy)", async () => {
    const file = path.join(data.dir, "..", `${path.basename(data.dir)}-backup.tar.gz`);
    const result = spawnSync(
      "npx",
      ["--no-install", "tsx", "--import", "./scripts/server-only/register.mjs", "scripts/backup.ts", file],
      {
        env: { ...process.env, PORT: String(PORT), PGLITE_DIR: data.dir },
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("from the running server");
    const copy = new PGlite({ loadDataDir: new Blob([readFileSync(file)]), extensions: { btree_gist, pg_trgm } });
    const { rows } = await copy.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "User" WHERE email = 'learner@academy.test'`,
    );
    await copy.close();
    rmSync(file);
    expect(rows[0]?.count).toBe(1);
    // Refused without the ops token even from this machine, and through any proxy even with it.
    const backup = (headers: Record<string, string>) =>
      fetch(`${server.base}/api/ops/backup`, { method: "POST", headers }).then((r) => r.status);
    const authorization = `Bearer ${opsToken()}`;
    expect(await backup({})).toBe(404);
    expect(await backup({ authorization: "Bearer not-the-token" })).toBe(404);
    expect(await backup({ authorization, "x-forwarded-for": "203.0.113.7" })).toBe(404);
    expect(await backup({ authorization, "x-real-ip": "127.0.0.1" })).toBe(404);
  });

  it.skipIf(!nginxAvailable())(
    "never takes a request through a reverse proxy on this machine for a local one: dev mailbox, metrics, ops",
    async () => {
      const nginx = await startNginx(NGINX_PORT, [PORT], { withoutMetricsBlock: true });
      try {
        const front = `http://127.0.0.1:${NGINX_PORT}`;
        const authorization = `Bearer ${opsToken()}`;
        expect((await fetch(`${front}/api/health`)).status, "the proxy works").toBe(200);
        expect((await fetch(`${front}/dev/mail`)).status).toBe(404);
        expect((await fetch(`${front}/api/metrics`)).status).toBe(403);
        expect((await fetch(`${front}/api/ops/backup`, { method: "POST", headers: { authorization } })).status).toBe(
          404,
        );
        expect((await fetch(`${front}/api/ops/revalidate`, { method: "POST", body: "{}" })).status).toBe(404);
        // The same requests straight from this machine are answered: the refusal is the proxy's doing.
        expect((await fetch(`${server.base}/dev/mail`)).status).toBe(200);
        expect((await fetch(`${server.base}/api/metrics`)).status).toBe(200);
      } finally {
        await nginx.stop();
      }
    },
  );

  it("finishes a request in flight on SIGTERM, refuses new ones, closes PGlite and exits 0", async () => {
    // A request whose body arrives slowly is in flight when the signal comes.
    const [head, tail] = ['{"email":"', 'nobody@example.test"}'];
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          host: "127.0.0.1",
          port: PORT,
          method: "POST",
          path: "/api/auth/forgot-password",
          headers: { "content-type": "application/json", "content-length": String(head.length + tail.length) },
        },
        (response) => {
          let body = "";
          response.on("data", (chunk: Buffer) => (body += chunk.toString()));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      request.on("error", reject);
      request.write(head);
      setTimeout(() => request.end(tail), 1_500);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.process.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(fetch(`${server.base}/api/health`)).rejects.toThrow();

    const finished = await answer;
    expect(finished.status).toBe(200);
    expect(JSON.parse(finished.body)).toMatchObject({ ok: true });
    expect(await server.exited).toBe(0);
    expect(server.logLines().map((line) => line.msg)).toEqual(
      expect.arrayContaining(["shutting down: no new connections, finishing requests in flight", "stopped cleanly"]),
    );

    // Closed cleanly: the directory opens again at once and holds the seeded data.
    const reopened = await openPglite(data.dir);
    const { rows } = await reopened.query<{ count: number }>(`SELECT count(*)::int AS count FROM "User"`);
    expect(rows[0]?.count).toBeGreaterThan(0);
    await reopened.close();
  });
});
