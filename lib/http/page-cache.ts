// A shared HTTP cache for pages the app itself declares public (`Cache-Control: s-maxage=…`): what a CDN in
// front of the app would do, kept in the server's memory so a lone `npm start` gets it too.
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

export type CachedPage = {
  status: number;
  /** Flat [name, value, name, value, …], ready for `writeHead`, without hop-by-hop or per-response headers. */
  rawHeaders: string[];
  body: Buffer;
  storedAt: number;
  freshUntil: number;
};

/** Request headers that select a different representation of the same URL (Next's RSC navigation requests). */
const REPRESENTATION_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];
/** Vary may name only these: the RSC ones are never present on a cached request, and the encoding is in the key. */
const VARY_ALLOWED = new Set([...REPRESENTATION_HEADERS, "accept-encoding"]);
/** Recomputed for every reply (or, for Next's own cache status, misleading on a replay), so never stored. */
const NOT_STORED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "age", "x-nextjs-cache"]);
const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/** The cache key of a request, or null when the request must go to the app (not a plain document GET). */
export function pageCacheKey(request: { method?: string; url?: string; headers: IncomingHttpHeaders }): string | null {
  const { method, url, headers } = request;
  if ((method !== "GET" && method !== "HEAD") || !url || !url.startsWith("/") || url.includes("?")) return null;
  if (headers.range || REPRESENTATION_HEADERS.some((name) => headers[name] !== undefined)) return null;
  return `${url}\n${headers["accept-encoding"] ?? ""}`;
}

function header(headers: OutgoingHttpHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value === undefined ? "" : String(value);
}

/**
 * How long (ms) a response may be served from the shared cache, or null when it must not be stored: only a
 * complete 200 that says `s-maxage`, is not private, sets no cookie, varies on nothing we do not key on, and is
 * not itself a stale copy (Next marks those `x-nextjs-cache: STALE`; storing one would double the staleness).
 */
export function sharedLifetime(status: number, headers: OutgoingHttpHeaders, bodyBytes: number): number | null {
  if (status !== 200 || bodyBytes > MAX_PAGE_BYTES || headers["set-cookie"] !== undefined) return null;
  const cacheControl = header(headers, "cache-control").toLowerCase();
  if (/\b(private|no-store|no-cache)\b/.test(cacheControl)) return null;
  const sMaxAge = /\bs-maxage=(\d+)/.exec(cacheControl);
  if (!sMaxAge || Number(sMaxAge[1]) <= 0) return null;
  const vary = header(headers, "vary").toLowerCase().split(",").map((name) => name.trim()).filter(Boolean);
  if (vary.some((name) => !VARY_ALLOWED.has(name))) return null;
  if (header(headers, "x-nextjs-cache").toUpperCase() === "STALE") return null;
  return Number(sMaxAge[1]) * 1000;
}

export function storedHeaders(headers: OutgoingHttpHeaders): string[] {
  const raw: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_STORED.has(name.toLowerCase())) continue;
    for (const one of Array.isArray(value) ? value : [value]) raw.push(name, String(one));
  }
  return raw;
}

/** Least-recently-used pages, bounded by total body bytes. */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  /** The fresh page for this key, or undefined (an expired page is dropped: the app serves and refreshes it). */
  get(key: string, now = Date.now()): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.pages.delete(key);
    if (page.freshUntil <= now) {
      this.bytes -= page.body.length;
      return undefined;
    }
    this.pages.set(key, page);
    return page;
  }

  set(key: string, page: CachedPage) {
    this.delete(key);
    if (page.body.length > this.maxBytes) return;
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [oldest] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  /** Drops every page whose path starts with `pathPrefix` (all of them for "/"); returns how many. */
  purge(pathPrefix: string): number {
    let dropped = 0;
    for (const key of [...this.pages.keys()]) {
      if (key.startsWith(pathPrefix)) dropped += this.delete(key) ? 1 : 0;
    }
    return dropped;
  }

  get size() {
    return this.pages.size;
  }

  get totalBytes() {
    return this.bytes;
  }

  private delete(key: string): boolean {
    const page = this.pages.get(key);
    if (!page) return false;
    this.pages.delete(key);
    this.bytes -= page.body.length;
    return true;
  }
}

// The server and the app's bundled code load this module separately, so the live cache is found through a
// process-wide symbol: code that changes published content (a future course studio) calls `purgeCachedPages`.
const REGISTRY = Symbol.for("backend-academy.page-cache");
type Registry = { [REGISTRY]?: PageCache };

export function registerPageCache(cache: PageCache) {
  (globalThis as Registry)[REGISTRY] = cache;
}

/** Drops cached copies of pages under `pathPrefix` after their content changed; a no-op when no cache runs. */
export function purgeCachedPages(pathPrefix: string): number {
  return (globalThis as Registry)[REGISTRY]?.purge(pathPrefix) ?? 0;
}
