// A small in-process cache for published content, so anonymous pages do not query per request.
// Entries expire after a short TTL; writers (studio, enrolment) call invalidateCatalogCache().
import { processWide } from "../process-wide";

type Entry = { expiresAt: number; value: Promise<unknown> };

// One store per process, not per bundle chunk: a route handler that invalidates (a purge from another
// instance, an enrolment) must reach the entries the pages read.
const store = processWide("catalog-memo", () => new Map<string, Entry>());
const MAX_ENTRIES = 2_000;
export const CATALOG_TTL_MS = 30_000;

export function memoize<T>(key: string, load: () => Promise<T>, ttlMs = CATALOG_TTL_MS): Promise<T> {
  const now = Date.now();
  const hit = store.get(key);
  if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
  const value = load().catch((error: unknown) => {
    store.delete(key);
    throw error;
  });
  if (store.size >= MAX_ENTRIES) store.delete(store.keys().next().value as string);
  store.set(key, { expiresAt: now + ttlMs, value });
  return value;
}

/** Whether `key` would be answered from memory now, without loading. */
export function isMemoized(key: string): boolean {
  const hit = store.get(key);
  return hit !== undefined && hit.expiresAt > Date.now();
}

/** Drops cached entries whose key starts with `prefix` (everything when omitted). */
export function invalidateCatalogCache(prefix = ""): void {
  for (const key of [...store.keys()]) if (key.startsWith(prefix)) store.delete(key);
}
