// Redis goes away under a running instance (REDIS_URL points at a redis-server this test starts, then kills) and
// comes back: pages, sign-in and sessions, and actions keep working; rate limits fall back to this process's
// memory (still enforced); readiness is unaffected; and once Redis answers again the limits are kept there again.
// Redis backs nothing but rate limits, whatever the database: this runs once, on PGlite (CI's PostgreSQL run
// skips it, as it would only repeat it).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { eventually, pgliteDir, prepareDatabase, signIn, startServer, type AppServer } from "./harness";
import { redisAvailable, startRedis, type RedisProcess } from "./redis-server";
import { callServerAction } from "./server-action";

const [APP_PORT, REDIS_PORT] = [3330, 3331];
const COURSE = "/courses/http-apis-rest-graphql";
const ENROL = { name: "enrollAction", file: "lib/learning/actions.ts" };

describe.skipIf(!redisAvailable() || Boolean(process.env.TEST_DATABASE_URL))("a Redis outage", () => {
  const data = pgliteDir();
  let server: AppServer;
  let redis: RedisProcess;

  beforeAll(async () => {
    redis = await startRedis(REDIS_PORT);
    prepareDatabase({ PGLITE_DIR: data.dir });
    server = await startServer(APP_PORT, { PGLITE_DIR: data.dir, REDIS_URL: redis.url });
  }, 300_000);

  afterAll(async () => {
    await server?.stop("SIGKILL");
    await redis?.kill();
    data.cleanup();
  });

  const forgot = (email: string) =>
    fetch(`${server.base}/api/auth/forgot-password`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email }),
    });
  const freshEmail = () => `redis-${randomBytes(4).toString("hex")}@example.test`;
  const rateLimitKeys = () => redis.keys().filter((key) => key.startsWith("rl:"));

  it("keeps every page, session, action and limit working without Redis, and uses Redis again when it returns", async () => {
    // Up: sign-in and a reset request leave their counters in Redis.
    const cookie = await signIn(server.base, "learner@academy.test", DEMO_PASSWORD);
    expect((await forgot(freshEmail())).status).toBe(200);
    expect(rateLimitKeys().length).toBeGreaterThan(0);

    await redis.kill();
    for (const page of ["/", "/courses", COURSE, "/courses?q=index"]) {
      const response = await fetch(server.base + page);
      await response.text();
      expect(response.status, page).toBe(200);
    }
    const me = await fetch(`${server.base}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ viewer: { name: "Sam Learner" } });
    // A new sign-in (its limits are counted in memory now) and an action with that session.
    const fresh = await signIn(server.base, "learner@academy.test", DEMO_PASSWORD);
    const enrolled = await callServerAction(server.base, COURSE, ENROL, { courseSlug: "backend-career" }, fresh);
    expect(enrolled).toMatchObject({ status: 200, result: { ok: true } });
    // Limits still hold, per process: the fourth reset request for one address is refused.
    const email = freshEmail();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await forgot(email)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await fetch(`${server.base}/api/ready`)).status).toBe(200);

    await redis.start();
    expect(rateLimitKeys()).toEqual([]);
    // The client reconnects by itself; from then on requests count in Redis again.
    expect(
      await eventually(
        async () => {
          await forgot(freshEmail());
          return rateLimitKeys().length > 0;
        },
        20_000,
        500,
      ),
    ).toBe(true);
    expect((await signIn(server.base, "learner@academy.test", DEMO_PASSWORD)).length).toBeGreaterThan(0);

    expect(server.process.exitCode).toBeNull();
    const failures = server.logLines().filter((line) => line.msg === "request" && Number(line.status) >= 500);
    expect(failures).toEqual([]);
    // Said once that Redis is gone (no line per request), and never with the URL.
    expect(server.output().match(/Redis unavailable/g)?.length ?? 0).toBeLessThanOrEqual(2);
    expect(server.output()).not.toContain(redis.url);
  });
});
