// A small in-process cache for published content, so anonymous pages do not query per request: an LRU of at
// most 2,000 entries, each kept 30 s. Keys come from memoKeys (lib/cache/keys.ts); only lib/cache/invalidate.ts
// drops them.
import { LRUCache } from "lru-cache";
import { processWide } from "../process-wide";

export const CATALOG_TTL_MS = 30_000;

// One store per process, not per bundle chunk: a route handler that invalidates (a purge from another
// instance, an enrolment) must reach the entries the pages read.
const store = processWide(
  "catalog-memo",
  () => new LRUCache<string, Promise<unknown>>({ max: 2_000, ttl: CATALOG_TTL_MS, ttlAutopurge: false }),
);

export function memoize<T>(key: string, load: () => Promise<T>, ttlMs = CATALOG_TTL_MS): Promise<T> {
  const hit = store.get(key);
  if (hit) return hit as Promise<T>;
  const value = load().catch((error: unknown) => {
    // A failed load is not kept: the next reader tries again.
    if (store.peek(key) === value) store.delete(key);
    throw error;
  });
  store.set(key, value, { ttl: ttlMs });
  return value;
}

/** Whether `key` would be answered from memory now, without loading. */
export function isMemoized(key: string): boolean {
  return store.has(key);
}

/** Drops entries whose key starts with `prefix` (everything when omitted). For lib/cache/invalidate.ts only. */
export function dropMemoized(prefix = ""): void {
  if (prefix === "") return store.clear();
  for (const key of [...store.keys()]) if (key.startsWith(prefix)) store.delete(key);
}
