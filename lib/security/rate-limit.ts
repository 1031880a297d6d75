import { createHash } from "node:crypto";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "../env";
import {
  RATE_LIMITS,
  decideRateLimit,
  decideWithoutConsuming,
  rateLimitSubject,
  type RateLimitBucket,
  type RateLimitDecision,
  type RateLimitPolicy,
} from "./rate-limit-policy";
import { logger } from "../observability/logger";

export type { RateLimitBucket, RateLimitDecision } from "./rate-limit-policy";

export type RateLimitStore = { kind: "memory" } | { kind: "redis"; url: string };

export type RateLimits = {
  consume(bucket: RateLimitBucket, key: string, points?: number): Promise<RateLimitDecision>;
  peek(bucket: RateLimitBucket, key: string): Promise<RateLimitDecision>;
  reset(bucket: RateLimitBucket, key: string): Promise<void>;
  /** Closes the Redis connection, if any (tests and scripts; the server keeps its one set for life). */
  close(): Promise<void>;
};

// Keys are hashed so Redis never holds email addresses.
const hashKey = (key: string) => createHash("sha256").update(key.trim().toLowerCase()).digest("base64url").slice(0, 32);

/**
 * Connects before the limiters use the client: with the offline queue off (so a dead Redis never stalls a
 * request), commands sent before the connection is up fail, and every request would fall to the
 * process-local insurance limiter. If Redis does not answer within two seconds, that limiter takes over.
 */
async function createRedisClient(url: string) {
  const { Redis } = await import("ioredis");
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  let warned = false;
  client.on("error", (error: Error) => {
    // The message only: the URL may carry a password.
    if (!warned)
      logger().warn({ reason: error.message }, "rate limits: Redis unavailable; limiting per process until it answers");
    warned = true;
  });
  client.on("ready", () => (warned = false));
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2000);
    client.once("ready", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return client;
}

export function createRateLimits(
  store: RateLimitStore,
  policies: Record<RateLimitBucket, RateLimitPolicy> = RATE_LIMITS,
): RateLimits {
  const limiters = new Map<RateLimitBucket, Promise<RateLimiterAbstract>>();
  let redis: ReturnType<typeof createRedisClient> | undefined;

  const limiterFor = (bucket: RateLimitBucket) => {
    let limiter = limiters.get(bucket);
    if (!limiter) {
      const { points, durationSeconds } = policies[bucket];
      const options = { keyPrefix: `rl:${bucket}`, points, duration: durationSeconds };
      if (store.kind === "memory") {
        limiter = Promise.resolve(new RateLimiterMemory(options));
      } else {
        redis ??= createRedisClient(store.url);
        // If Redis is unreachable the process-local limiter keeps protecting the endpoint.
        limiter = redis.then(
          (storeClient) =>
            new RateLimiterRedis({ ...options, storeClient, insuranceLimiter: new RateLimiterMemory(options) }),
        );
      }
      limiters.set(bucket, limiter);
    }
    return limiter;
  };

  return {
    async consume(bucket, key, points = 1) {
      const limiter = await limiterFor(bucket);
      try {
        const result = await limiter.consume(hashKey(rateLimitSubject(bucket, key)), points);
        return decideRateLimit(policies[bucket], result);
      } catch (error) {
        if (error instanceof RateLimiterRes) return decideRateLimit(policies[bucket], error);
        throw error;
      }
    },
    async peek(bucket, key) {
      const limiter = await limiterFor(bucket);
      return decideWithoutConsuming(policies[bucket], await limiter.get(hashKey(rateLimitSubject(bucket, key))));
    },
    async reset(bucket, key) {
      const limiter = await limiterFor(bucket);
      await limiter.delete(hashKey(rateLimitSubject(bucket, key)));
    },
    async close() {
      if (redis) (await redis).disconnect();
    },
  };
}

// One set per server process, shared by route handlers and server actions (separate module instances).
const globalForLimits = globalThis as typeof globalThis & { backendAcademyRateLimits?: RateLimits };

export function rateLimits(): RateLimits {
  if (!globalForLimits.backendAcademyRateLimits) {
    const url = env().REDIS_URL;
    globalForLimits.backendAcademyRateLimits = createRateLimits(url ? { kind: "redis", url } : { kind: "memory" });
  }
  return globalForLimits.backendAcademyRateLimits;
}

/** Spends one point of `bucket` for `key`; `{ allowed: false, retryAfterSeconds }` once the limit is passed. */
export function consumeRateLimit(bucket: RateLimitBucket, key: string, points = 1): Promise<RateLimitDecision> {
  return rateLimits().consume(bucket, key, points);
}

export function peekRateLimit(bucket: RateLimitBucket, key: string): Promise<RateLimitDecision> {
  return rateLimits().peek(bucket, key);
}

export function resetRateLimit(bucket: RateLimitBucket, key: string): Promise<void> {
  return rateLimits().reset(bucket, key);
}
