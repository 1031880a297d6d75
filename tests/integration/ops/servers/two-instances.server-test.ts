// Two instances on one PostgreSQL and one Redis behind nginx: a session made on one works on the other, rate
// limits are shared, and a purge on one instance is seen on the other within a second (its page cache and
// Next's cache of the rendered page both dropped).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { eventually, seededPostgres, signIn, startServer, type AppServer } from "./harness";
import { nginxAvailable, startNginx } from "./nginx";

const serverUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;
const [NGINX_PORT, A_PORT, B_PORT] = [3320, 3321, 3322];
const COURSE = "/courses/http-apis-rest-graphql";

describe.skipIf(!serverUrl || !redisUrl || !nginxAvailable())("two instances behind nginx", () => {
  let a: AppServer;
  let b: AppServer;
  let nginx: { stop: () => Promise<void> };
  let databaseUrl = "";
  let drop: () => Promise<void>;
  const front = `http://127.0.0.1:${NGINX_PORT}`;

  beforeAll(async () => {
    const scratch = await seededPostgres(serverUrl!);
    ({ url: databaseUrl, drop } = scratch);
    // What instances share must come from configuration, never from a file one instance wrote.
    const shared = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl!,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      TRUSTED_PROXY_HOPS: "1",
      APP_URL: front.replace("127.0.0.1", "localhost"),
    };
    [a, b] = await Promise.all([startServer(A_PORT, shared), startServer(B_PORT, shared)]);
    nginx = await startNginx(NGINX_PORT, [A_PORT, B_PORT]);
  }, 300_000);

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all([a?.stop("SIGKILL"), b?.stop("SIGKILL")]);
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

  it("purges a page on every instance within a second of a purge on one", async () => {
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
    const purgedAt = Date.now();
    expect(await eventually(async () => (await title(b)).includes(marker), 1_000, 50)).toBe(true);
    expect(Date.now() - purgedAt).toBeLessThan(1_000);
    expect(
      b
        .logLines()
        .some(
          (line) =>
            line.msg === "purge from another instance" && line.prefix === COURSE && line.nextRevalidated === true,
        ),
    ).toBe(true);
  });
});
