import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { PageCache } from "@/lib/http/page-cache";
import { keepOutOfSharedCaches } from "@/lib/http/shared-cache-veto";
import { withPageCache } from "@/lib/http/with-page-cache";

const PUBLIC = "s-maxage=60, stale-while-revalidate=600";
let server: Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A real HTTP server whose app counts its calls and answers as told by the path. */
async function serve(cache: PageCache, clock: () => number) {
  const calls: string[] = [];
  const app = (request: IncomingMessage, response: ServerResponse) => {
    calls.push(request.url!);
    const n = calls.length;
    if (request.url === "/private") {
      response.setHeader("cache-control", "private, no-store");
      return response.end(`personal ${n}`);
    }
    if (request.url === "/cookie") {
      response.setHeader("cache-control", PUBLIC);
      response.setHeader("set-cookie", "a=b");
      return response.end(`cookie ${n}`);
    }
    if (request.url!.startsWith("/courses?")) {
      // Like the catalogue: public by its route's headers; a rate-limited search vetoes sharing while it renders.
      response.setHeader("cache-control", PUBLIC);
      setTimeout(() => {
        const paused = request.url!.includes("paused");
        if (paused) keepOutOfSharedCaches();
        const body = `${paused ? "paused" : "results"} ${n}`;
        if (request.url!.includes("head")) response.writeHead(200, { "Cache-Control": PUBLIC }).end(body);
        else response.end(body);
      }, 5);
      return;
    }
    if (request.url === "/gzip") {
      response.writeHead(200, { "cache-control": PUBLIC, "content-encoding": "gzip", vary: "Accept-Encoding" });
      return response.end(gzipSync(`zipped ${n}`));
    }
    response.setHeader("cache-control", PUBLIC);
    response.setHeader("content-type", "text/html");
    response.write("<p>streamed ");
    setTimeout(() => response.end(`${n}</p>`), 5);
  };
  server = createServer(withPageCache(app, cache, clock));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, calls };
}

describe("withPageCache", () => {
  it("answers a public page from the cache until it expires, without calling the app", async () => {
    let now = 1_000;
    const { base, calls } = await serve(new PageCache(), () => now);
    const first = await fetch(`${base}/lesson`);
    expect(await first.text()).toBe("<p>streamed 1</p>");
    expect(first.headers.get("x-page-cache")).toBeNull();
    now += 30_000;
    const second = await fetch(`${base}/lesson`);
    expect(await second.text()).toBe("<p>streamed 1</p>");
    expect(second.headers.get("x-page-cache")).toBe("HIT");
    expect(second.headers.get("age")).toBe("30");
    expect(second.headers.get("content-type")).toBe("text/html");
    expect(calls).toEqual(["/lesson"]);
    now += 30_000; // 60 s after storing: expired, so the app answers (and refreshes the copy)
    expect(await (await fetch(`${base}/lesson`)).text()).toBe("<p>streamed 2</p>");
    expect(await (await fetch(`${base}/lesson`)).text()).toBe("<p>streamed 2</p>");
    expect(calls).toHaveLength(2);
  });

  it("never stores personal or cookie-setting responses, nor serves query or RSC requests from the cache", async () => {
    const { base, calls } = await serve(new PageCache(), () => 0);
    for (const path of ["/private", "/private", "/cookie", "/cookie"]) await (await fetch(base + path)).text();
    expect(calls).toEqual(["/private", "/private", "/cookie", "/cookie"]);
    await (await fetch(`${base}/page`)).text();
    expect(await (await fetch(`${base}/page?x=1`)).text()).toBe("<p>streamed 6</p>");
    expect(await (await fetch(`${base}/page`, { headers: { RSC: "1" } })).text()).toBe("<p>streamed 7</p>");
    expect(await (await fetch(`${base}/page`)).text()).toBe("<p>streamed 5</p>");
  });

  it("shares a search by its URL, but not an answer the page vetoed while rendering, which goes out private", async () => {
    const { base, calls } = await serve(new PageCache(), () => 0);
    expect(await (await fetch(`${base}/courses?q=index`)).text()).toBe("results 1");
    const repeat = await fetch(`${base}/courses?q=index`);
    expect([await repeat.text(), repeat.headers.get("x-page-cache")]).toEqual(["results 1", "HIT"]);
    for (const path of ["/courses?q=paused", "/courses?q=paused-head"]) {
      const first = await fetch(base + path);
      expect(await first.text()).toMatch(/^paused/);
      expect(first.headers.get("cache-control")).toBe("private, no-cache");
      const again = await fetch(base + path);
      expect(await again.text()).toMatch(/^paused/);
      expect(again.headers.get("x-page-cache")).toBeNull();
      expect(again.headers.get("cache-control")).toBe("private, no-cache");
    }
    expect(calls).toEqual([
      "/courses?q=index",
      ...["paused", "paused", "paused-head", "paused-head"].map((q) => `/courses?q=${q}`),
    ]);
  });

  it("does not let one request's veto reach another running at the same time", async () => {
    const { base } = await serve(new PageCache(), () => 0);
    const [paused, results] = await Promise.all([fetch(`${base}/courses?q=paused`), fetch(`${base}/courses?q=join`)]);
    expect(paused.headers.get("cache-control")).toBe("private, no-cache");
    expect(results.headers.get("cache-control")).toBe(PUBLIC);
  });

  it("keeps each accepted encoding's bytes apart", async () => {
    const { base, calls } = await serve(new PageCache(), () => 0);
    const zipped = async () => {
      const response = await fetch(`${base}/gzip`, { headers: { "Accept-Encoding": "gzip" } });
      expect(response.headers.get("content-encoding")).toBe("gzip");
      return response.text(); // fetch undoes the gzip: the stored bytes were the compressed ones
    };
    expect(await zipped()).toBe("zipped 1");
    expect(await zipped()).toBe("zipped 1");
    expect(calls).toHaveLength(1);
    await (await fetch(`${base}/gzip`, { headers: { "Accept-Encoding": "identity" } })).arrayBuffer();
    expect(calls).toHaveLength(2);
  });

  it("answers HEAD from a stored page with its headers and no body", async () => {
    const { base, calls } = await serve(new PageCache(), () => 0);
    await (await fetch(`${base}/lesson`)).text();
    const head = await fetch(`${base}/lesson`, { method: "HEAD" });
    expect(head.headers.get("content-length")).toBe(String("<p>streamed 1</p>".length));
    expect(await head.text()).toBe("");
    expect(calls).toHaveLength(1);
  });
});
