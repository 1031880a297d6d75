// The sign-in lockout under a burst: 20 parallel wrong passwords for one email may cost at most 5 password
// checks, whether the limits live in this process's memory or in Redis shared by two instances.
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/accounts/password";
import { authenticateWithPassword } from "@/lib/accounts/sign-in-service";
import { createRateLimits, type RateLimits } from "@/lib/security/rate-limit";
import { testRedisReachable, testRedisUrl } from "@/tests/helpers/redis";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { uniqueIp } from "./helpers";

vi.mock("@/lib/accounts/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/accounts/password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

const redisUrl = testRedisUrl;
const redisAvailable = await testRedisReachable();

// The app reads its rate-limit store from here (lib/security/rate-limit.ts); each test installs its own.
const holder = globalThis as typeof globalThis & { backendAcademyRateLimits?: RateLimits };
const opened: RateLimits[] = [];
let t: TestDatabase;
const PASSWORD = "correct horse battery";

beforeAll(async () => {
  t = await useTestDatabase();
});
afterEach(() => {
  holder.backendAcademyRateLimits = undefined;
  vi.mocked(verifyPassword).mockClear();
});
afterAll(async () => {
  await Promise.all(opened.map((limits) => limits.close()));
});

/** Two server instances on one Redis: calls alternate between them. */
function twoInstancesOnRedis(): RateLimits {
  const instances = [
    createRateLimits({ kind: "redis", url: redisUrl }),
    createRateLimits({ kind: "redis", url: redisUrl }),
  ];
  opened.push(...instances);
  let next = 0;
  const pick = () => instances[next++ % 2]!;
  return {
    consume: (...args) => pick().consume(...args),
    peek: (...args) => pick().peek(...args),
    reset: (...args) => pick().reset(...args),
    close: async () => undefined,
  };
}

async function burst(store: RateLimits) {
  holder.backendAcademyRateLimits = store;
  const email = `burst-${randomBytes(5).toString("hex")}@example.test`;
  const user = await t.db.user.create({
    data: { email, name: "Burst", emailVerified: new Date(), passwordHash: await hashPassword(PASSWORD) },
  });
  vi.mocked(verifyPassword).mockClear();
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      authenticateWithPassword({ email, password: `wrong guess ${i}`, ip: uniqueIp() }),
    ),
  );
  const checks = vi.mocked(verifyPassword).mock.calls.length;
  expect(checks).toBeLessThanOrEqual(5);
  expect(results.filter((r) => !r.ok && r.reason === "INVALID")).toHaveLength(checks);
  expect(results.filter((r) => !r.ok && r.reason === "RATE_LIMITED")).toHaveLength(20 - checks);
  expect(await t.db.auditLog.count({ where: { action: "auth.sign_in_failed", targetId: user.id } })).toBe(checks);
  // Locked now: even the right password is refused without being checked.
  vi.mocked(verifyPassword).mockClear();
  expect(await authenticateWithPassword({ email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({
    ok: false,
    reason: "RATE_LIMITED",
  });
  expect(vi.mocked(verifyPassword)).not.toHaveBeenCalled();
}

describe("20 parallel wrong sign-ins for one email", () => {
  it("make at most 5 password checks with the in-memory limits", async () => {
    await burst(createRateLimits({ kind: "memory" }));
  });

  it.skipIf(!redisAvailable)("make at most 5 password checks with two instances sharing Redis", async () => {
    await burst(twoInstancesOnRedis());
  });

  it("a right password gives its attempt back", async () => {
    holder.backendAcademyRateLimits = createRateLimits({ kind: "memory" });
    const email = `back-${randomBytes(5).toString("hex")}@example.test`;
    await t.db.user.create({
      data: { email, name: "Back", emailVerified: new Date(), passwordHash: await hashPassword(PASSWORD) },
    });
    for (let i = 0; i < 8; i += 1)
      expect(await authenticateWithPassword({ email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
  });
});
