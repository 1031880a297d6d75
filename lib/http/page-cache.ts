// A shared HTTP cache for pages the app itself declares public (`Cache-Control: s-maxage=…`): what a CDN in
// front of the app would do, kept in the server's memory so a lone `npm start` gets it too.
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import CachePolicy from "http-cache-semantics";
import { LRUCache } from "lru-cache";
import { processWide } from "../process-wide";

export type CachedPage = {
  status: number;
  /** Flat [name, value, name, value, …], ready for `writeHead`, without hop-by-hop or per-response headers. */
  rawHeaders: string[];
  body: Buffer;
  storedAt: number;
  freshUntil: number;
};

/** Request headers that select a different representation of the same URL (Next's RSC navigation requests). */
const REPRESENTATION_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
];
/** Vary may name only these: the RSC ones are never present on a cached request, and the encoding is in the key. */
const VARY_ALLOWED = new Set([...REPRESENTATION_HEADERS, "accept-encoding"]);
/** Recomputed for every reply (or, for Next's own cache status, misleading on a replay), so never stored. */
const NOT_STORED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "age",
  "x-nextjs-cache",
]);
const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/**
 * Pages whose query string picks what they show (the catalogue's search and filters), with the parameters they
 * read (tests/unit/http/page-cache.test.ts checks these against the catalogue's filter schema). A URL with a
 * query string is cached only for such a page, and only when each parameter is one of these, given once and
 * not empty: junk, repeated or empty parameters go to the app, so they cannot fill the cache with copies.
 */
export const QUERY_KEYED_PAGES: Readonly<Record<string, readonly string[]>> = {
  "/courses": ["q", "topic", "level", "price", "format", "sort"],
};
/** Longer query-keyed URLs go to the app (a search is at most 100 characters, the filters are short). */
const MAX_QUERY_KEYED_URL = 400;

function isKeyableQuery(path: string, query: string): boolean {
  const allowed = QUERY_KEYED_PAGES[path];
  if (!allowed || path.length + query.length > MAX_QUERY_KEYED_URL) return false;
  const seen = new Set<string>();
  for (const [name, value] of new URLSearchParams(query)) {
    if (!allowed.includes(name) || seen.has(name) || value.trim() === "") return false;
    seen.add(name);
  }
  return seen.size > 0;
}

/** The cache key of a request, or null when the request must go to the app (not a plain document GET). */
export function pageCacheKey(request: { method?: string; url?: string; headers: IncomingHttpHeaders }): string | null {
  const { method, url, headers } = request;
  if ((method !== "GET" && method !== "HEAD") || !url || !url.startsWith("/")) return null;
  const mark = url.indexOf("?");
  if (mark !== -1 && !isKeyableQuery(url.slice(0, mark), url.slice(mark + 1))) return null;
  if (headers.range || REPRESENTATION_HEADERS.some((name) => headers[name] !== undefined)) return null;
  return `${url}\n${headers["accept-encoding"] ?? ""}`;
}

function header(headers: OutgoingHttpHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value === undefined ? "" : String(value);
}

/**
 * How long (ms) a response may be served from the shared cache, or null when it must not be stored: the HTTP
 * rules of a shared cache (http-cache-semantics: private, no-store, s-maxage over max-age…), narrowed to what
 * the app marks shareable on purpose: a complete 200 that says `s-maxage`, sets no cookie, varies on nothing we
 * do not key on, and is not itself a stale copy (Next marks those `x-nextjs-cache: STALE`; storing one would
 * double the staleness).
 */
export function sharedLifetime(status: number, headers: OutgoingHttpHeaders, bodyBytes: number): number | null {
  if (status !== 200 || bodyBytes > MAX_PAGE_BYTES || headers["set-cookie"] !== undefined) return null;
  if (!/\bs-maxage=/i.test(header(headers, "cache-control"))) return null;
  const vary = header(headers, "vary")
    .toLowerCase()
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (vary.some((name) => !VARY_ALLOWED.has(name))) return null;
  if (header(headers, "x-nextjs-cache").toUpperCase() === "STALE") return null;
  const responseHeaders = Object.fromEntries(
    Object.keys(headers).map((name) => [name.toLowerCase(), header(headers, name)]),
  );
  const policy = new CachePolicy(
    { method: "GET", url: "/", headers: {} },
    { status, headers: responseHeaders },
    { shared: true },
  );
  // Fresh for this long; timeToLive() would add the stale-while-revalidate window, which is Next's to use.
  // Age counts whole seconds, as the Age header does: the milliseconds since the policy was made are not age.
  const lifetime = policy.storable() ? (policy.maxAge() - Math.floor(policy.age())) * 1000 : 0;
  return lifetime > 0 ? lifetime : null;
}

export function storedHeaders(headers: OutgoingHttpHeaders): string[] {
  const raw: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_STORED.has(name.toLowerCase())) continue;
    for (const one of Array.isArray(value) ? value : [value]) raw.push(name, String(one));
  }
  return raw;
}

/** Least-recently-used pages, bounded by total body bytes (lru-cache), each kept until its own freshUntil. */
export class PageCache {
  private readonly pages: LRUCache<string, CachedPage>;

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.pages = new LRUCache<string, CachedPage>({
      maxSize: maxBytes,
      sizeCalculation: (page) => Math.max(1, page.body.length),
    });
  }

  /** The fresh page for this key, or undefined (an expired page is dropped: the app serves and refreshes it). */
  get(key: string, now = Date.now()): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page && page.freshUntil <= now) {
      this.pages.delete(key);
      return undefined;
    }
    return page;
  }

  set(key: string, page: CachedPage) {
    this.pages.delete(key);
    // lru-cache refuses an entry larger than the whole cache on its own; it then simply is not kept.
    this.pages.set(key, page);
  }

  /** Drops every page whose path starts with `pathPrefix` (all of them for "/"); returns how many. */
  purge(pathPrefix: string): number {
    let dropped = 0;
    for (const key of [...this.pages.keys()]) {
      if (key.startsWith(pathPrefix) && this.pages.delete(key)) dropped += 1;
    }
    return dropped;
  }

  get size() {
    return this.pages.size;
  }

  get totalBytes() {
    return this.pages.calculatedSize;
  }
}

// The server and the app's bundled code load this module separately, so the live cache is found through one
// process-wide record: code that changes published content (the studio, reviews) calls `purgeCachedPages`. With
// several instances, scripts/serve.ts also registers how a purge reaches the others (lib/cluster/purge-bus.ts).
type Registry = { cache?: PageCache; broadcast?: (pathPrefix: string) => void };
const registry = () => processWide<Registry>("page-cache", () => ({}));

export function registerPageCache(cache: PageCache) {
  registry().cache = cache;
}

export function registerPurgeBroadcast(broadcast: ((pathPrefix: string) => void) | undefined) {
  registry().broadcast = broadcast;
}

/**
 * Drops cached copies of pages under `pathPrefix` after their content changed, here and (when a purge bus runs)
 * on every other instance, where Next's own cache of those pages is revalidated too; a no-op when no cache runs.
 */
/** The purge prefix that selects exactly the page at `path` (keys are "<path>\n<accept-encoding>"), not those under it. */
export function exactPage(path: string): string {
  return `${path}\n`;
}

export function purgeCachedPages(pathPrefix: string): number {
  const { cache, broadcast } = registry();
  broadcast?.(pathPrefix);
  return cache?.purge(pathPrefix) ?? 0;
}
