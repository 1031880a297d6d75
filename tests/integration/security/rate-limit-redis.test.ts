// The Redis store of the rate limits, against the Redis server on this machine. TEST_REDIS_URL names it; without
// it the test looks on the default port and is skipped when nothing answers (CI sets TEST_REDIS_URL). Not
// REDIS_URL: that would switch every other test's rate limits to Redis, whose counts outlive a test run.
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createRateLimits, type RateLimits } from "@/lib/security/rate-limit";
import { RATE_LIMITS } from "@/lib/security/rate-limit-policy";
import { testRedisReachable, testRedisUrl } from "@/tests/helpers/redis";

const url = testRedisUrl;

const available = await testRedisReachable();
// Small limits keep the test short; a fresh prefix per run keeps runs apart.
const policies = { ...RATE_LIMITS, "password-reset-email": { points: 2, durationSeconds: 60 } };
const opened: RateLimits[] = [];
const open = () => {
  const limits = createRateLimits({ kind: "redis", url }, policies);
  opened.push(limits);
  return limits;
};

afterAll(async () => {
  await Promise.all(opened.map((limits) => limits.close()));
});

describe.skipIf(!available)("rate limits kept in Redis", () => {
  it("are shared by every server process: two instances count against one allowance", async () => {
    const email = `someone-${randomBytes(4).toString("hex")}@example.com`;
    const first = open();
    const second = open();
    expect((await first.consume("password-reset-email", email)).allowed).toBe(true);
    expect((await second.consume("password-reset-email", email)).allowed).toBe(true);
    const refused = await first.consume("password-reset-email", email);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(55);
    expect((await second.peek("password-reset-email", email)).allowed).toBe(false);

    await second.reset("password-reset-email", email);
    expect(await first.peek("password-reset-email", email)).toEqual({ allowed: true, remaining: 2 });
  });

  it("store only hashed keys, never the email address", async () => {
    const email = `private-${randomBytes(4).toString("hex")}@example.com`;
    await open().consume("password-reset-email", email);
    const redis = new Redis(url);
    try {
      const keys = await redis.keys("rl:password-reset-email*");
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.some((key) => key.includes(email) || key.includes("private-"))).toBe(false);
    } finally {
      redis.disconnect();
    }
  });
});

describe("rate limits when Redis is down", () => {
  it("keep protecting the endpoint with the process-local limiter", async () => {
    const limits = createRateLimits({ kind: "redis", url: "redis://127.0.0.1:1" }, policies);
    opened.push(limits);
    const email = "offline@example.com";
    expect((await limits.consume("password-reset-email", email)).allowed).toBe(true);
    expect((await limits.consume("password-reset-email", email)).allowed).toBe(true);
    expect((await limits.consume("password-reset-email", email)).allowed).toBe(false);
  });
});
