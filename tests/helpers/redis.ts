// The Redis server the tests may use: TEST_REDIS_URL names it; without it the tests look on the default port
// and skip what needs Redis when nothing answers (CI sets TEST_REDIS_URL). Not REDIS_URL: that would switch
// every other test's rate limits to Redis, whose counts outlive a test run.
import { Redis } from "ioredis";

export const testRedisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

export async function testRedisReachable(): Promise<boolean> {
  if (process.env.TEST_REDIS_URL) return true; // named explicitly: it must work, so let the tests fail if it does not
  const probe = new Redis(testRedisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
