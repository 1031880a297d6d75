import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { PageCache } from "@/lib/http/page-cache";
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
