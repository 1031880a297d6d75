import { describe, expect, it } from "vitest";
import {
  PageCache,
  pageCacheKey,
  purgeCachedPages,
  QUERY_KEYED_PAGES,
  registerPageCache,
  sharedLifetime,
  storedHeaders,
  type CachedPage,
} from "@/lib/http/page-cache";
import { catalogFilterSchema } from "@/lib/catalog/schema";

const ISR_HEADERS = {
  "cache-control": "s-maxage=300, stale-while-revalidate=31535700",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  "content-type": "text/html; charset=utf-8",
};

function page(body: string, freshUntil = 10_000): CachedPage {
  return { status: 200, rawHeaders: ["content-type", "text/html"], body: Buffer.from(body), storedAt: 0, freshUntil };
}

describe("pageCacheKey", () => {
  it("keys a plain document GET by path and accepted encoding", () => {
    expect(
      pageCacheKey({ method: "GET", url: "/courses/a/lessons/b", headers: { "accept-encoding": "gzip, br" } }),
    ).toBe("/courses/a/lessons/b\ngzip, br");
    expect(pageCacheKey({ method: "HEAD", url: "/x", headers: {} })).toBe("/x\n");
  });

  it("sends everything else to the app: other methods, query strings, RSC navigations, ranges", () => {
    expect(pageCacheKey({ method: "POST", url: "/x", headers: {} })).toBeNull();
    expect(pageCacheKey({ method: "GET", url: "/x?q=1", headers: {} })).toBeNull();
    expect(pageCacheKey({ method: "GET", url: "/courses/a?q=1", headers: {} })).toBeNull();
    expect(pageCacheKey({ method: "GET", url: "/x", headers: { rsc: "1" } })).toBeNull();
    expect(pageCacheKey({ method: "GET", url: "/x", headers: { "next-router-prefetch": "1" } })).toBeNull();
    expect(pageCacheKey({ method: "GET", url: "/x", headers: { range: "bytes=0-10" } })).toBeNull();
    expect(pageCacheKey({ method: "GET", url: "http://evil.test/x", headers: {} })).toBeNull();
  });
});

describe("pageCacheKey on a page its query string selects (the catalogue's search and filters)", () => {
  const key = (url: string) => pageCacheKey({ method: "GET", url, headers: { "accept-encoding": "br" } });

  it("keys a search or filter by the URL as asked", () => {
    expect(key("/courses?q=index")).toBe("/courses?q=index\nbr");
    expect(key("/courses?q=SQL%20joins&level=BEGINNER&sort=newest")).toBe(
      "/courses?q=SQL%20joins&level=BEGINNER&sort=newest\nbr",
    );
    // Each spelling is its own key: the page echoes the words as typed.
    expect(key("/courses?q=Index")).not.toBe(key("/courses?q=index"));
  });

  it("sends unknown, repeated or empty parameters, and overlong URLs, to the app", () => {
    expect(key("/courses?q=index&utm_source=mail")).toBeNull();
    expect(key("/courses?q=index&q=join")).toBeNull();
    expect(key("/courses?q=&level=BEGINNER")).toBeNull();
    expect(key("/courses?q=%20")).toBeNull();
    expect(key("/courses?")).toBeNull();
    expect(key(`/courses?q=${"a".repeat(400)}`)).toBeNull();
  });

  it("lists exactly the parameters the catalogue reads", () => {
    expect([...QUERY_KEYED_PAGES["/courses"]!].sort()).toEqual(Object.keys(catalogFilterSchema.shape).sort());
  });
});

describe("sharedLifetime", () => {
  it("stores a public 200 for its s-maxage", () => {
    expect(sharedLifetime(200, ISR_HEADERS, 1000)).toBe(300_000);
  });

  it("refuses personal, uncacheable, cookie-setting, stale, failed or oversized responses", () => {
    expect(sharedLifetime(200, { ...ISR_HEADERS, "cache-control": "private, no-store" }, 10)).toBeNull();
    expect(sharedLifetime(200, { ...ISR_HEADERS, "cache-control": "public, max-age=0" }, 10)).toBeNull();
    expect(sharedLifetime(200, { ...ISR_HEADERS, "cache-control": "s-maxage=0" }, 10)).toBeNull();
    expect(sharedLifetime(200, { ...ISR_HEADERS, "set-cookie": ["a=b"] }, 10)).toBeNull();
    expect(sharedLifetime(200, { ...ISR_HEADERS, "x-nextjs-cache": "STALE" }, 10)).toBeNull();
    expect(sharedLifetime(404, ISR_HEADERS, 10)).toBeNull();
    expect(sharedLifetime(200, ISR_HEADERS, 3 * 1024 * 1024)).toBeNull();
  });

  it("refuses a response that varies on a header the key does not hold", () => {
    expect(sharedLifetime(200, { ...ISR_HEADERS, vary: "Cookie" }, 10)).toBeNull();
    expect(sharedLifetime(200, { ...ISR_HEADERS, vary: "*" }, 10)).toBeNull();
  });
});

describe("storedHeaders", () => {
  it("keeps the page's headers and drops the ones each reply sets afresh", () => {
    const raw = storedHeaders({
      ...ISR_HEADERS,
      date: "x",
      "content-length": 5,
      "x-nextjs-cache": "HIT",
      link: ["<a>", "<b>"],
    });
    expect(raw).toEqual([
      "cache-control",
      ISR_HEADERS["cache-control"],
      "vary",
      ISR_HEADERS.vary,
      "content-type",
      ISR_HEADERS["content-type"],
      "link",
      "<a>",
      "link",
      "<b>",
    ]);
  });
});

describe("PageCache", () => {
  it("serves a page until it expires, then forgets it", () => {
    const cache = new PageCache();
    cache.set("a", page("hello", 100));
    expect(cache.get("a", 99)?.body.toString()).toBe("hello");
    expect(cache.get("a", 100)).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.totalBytes).toBe(0);
  });

  it("evicts the least recently used pages to stay within its byte budget", () => {
    const cache = new PageCache(10);
    cache.set("a", page("aaaa"));
    cache.set("b", page("bbbb"));
    cache.get("a", 0); // a is now the most recently used
    cache.set("c", page("cccc"));
    expect(cache.get("b", 0)).toBeUndefined();
    expect(cache.get("a", 0)).toBeDefined();
    expect(cache.get("c", 0)).toBeDefined();
    expect(cache.totalBytes).toBe(8);
    cache.set("huge", page("x".repeat(11)));
    expect(cache.get("huge", 0)).toBeUndefined();
  });

  it("replacing a page counts its bytes once", () => {
    const cache = new PageCache();
    cache.set("a", page("1234"));
    cache.set("a", page("12"));
    expect(cache.totalBytes).toBe(2);
  });

  it("purges by path prefix, through the process-wide registry too", () => {
    const cache = new PageCache();
    cache.set("/courses/a/lessons/x\ngzip", page("1"));
    cache.set("/courses/a/lessons/y\n", page("2"));
    cache.set("/courses/b/lessons/z\n", page("3"));
    expect(purgeCachedPages("/courses/a/")).toBe(0); // nothing registered yet
    registerPageCache(cache);
    expect(purgeCachedPages("/courses/a/")).toBe(2);
    expect(cache.size).toBe(1);
    expect(cache.purge("/")).toBe(1);
  });
});
