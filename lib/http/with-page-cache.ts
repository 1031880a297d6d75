// Wraps the app's request handler: replies from the shared page cache when it can, and otherwise lets the app
// answer while recording the bytes it sends, storing them if the response says it may be shared.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { PageCache, pageCacheKey, sharedLifetime, storedHeaders, type CachedPage } from "./page-cache";
import { vetoableRequest, VETOED_CACHE_CONTROL } from "./shared-cache-veto";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** Responses answered from the cache, for the request log and metrics (the header goes out raw, unreadable later). */
export const servedFromPageCache = new WeakSet<ServerResponse>();

function reply(request: IncomingMessage, response: ServerResponse, page: CachedPage, now: number) {
  const age = String(Math.floor((now - page.storedAt) / 1000));
  servedFromPageCache.add(response);
  response.writeHead(page.status, [
    ...page.rawHeaders,
    "age",
    age,
    "x-page-cache",
    "HIT",
    "content-length",
    String(page.body.length),
  ]);
  response.end(request.method === "HEAD" ? undefined : page.body);
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === "string")
    return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return null;
}

/**
 * Records what the app writes (after any compression, which wraps these same methods later), when `store` is
 * given. Either way, an answer the page vetoed (shared-cache-veto.ts) goes out private instead of public.
 */
function record(
  response: ServerResponse,
  vetoed: () => boolean,
  store: ((status: number, headers: OutgoingHttpHeaders, body: Buffer) => void) | null,
) {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let usable = store !== null;
  let checked = false;
  const headersFromWriteHead: OutgoingHttpHeaders = {};
  /** Before the headers go out: a vetoed answer is neither stored nor marked shareable for caches further on. */
  const applyVeto = (headers?: Record<string, unknown>) => {
    if (!vetoed()) return;
    usable = false;
    if (headers)
      for (const name of Object.keys(headers)) if (name.toLowerCase() === "cache-control") delete headers[name];
    if (!response.headersSent) response.setHeader("cache-control", VETOED_CACHE_CONTROL);
  };
  const take = (chunk: unknown, encoding: unknown) => {
    if (!checked) {
      // By the first body byte the headers are final: copy nothing of a response that will not be stored.
      checked = true;
      applyVeto();
      const cacheControl = response.getHeader("cache-control") ?? headersFromWriteHead["cache-control"];
      if (!/s-maxage=/i.test(String(cacheControl ?? ""))) usable = false;
    }
    if (!usable || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = toBuffer(chunk, encoding);
    if (!buffer) usable = false;
    else {
      chunks.push(buffer);
      bytes += buffer.length;
    }
  };
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((arg) => typeof arg === "object" && arg !== null);
    applyVeto(headers && !Array.isArray(headers) ? (headers as Record<string, unknown>) : undefined);
    if (Array.isArray(headers))
      usable = false; // raw header arrays are not used by the app; do not guess
    else if (headers)
      for (const [name, value] of Object.entries(headers)) headersFromWriteHead[name.toLowerCase()] = value as string;
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
  const write = response.write;
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    take(args[0], args[1]);
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  const end = response.end;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    take(args[0], args[1]);
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
  response.on("finish", () => {
    if (usable && store)
      store(response.statusCode, { ...response.getHeaders(), ...headersFromWriteHead }, Buffer.concat(chunks, bytes));
  });
}

export function withPageCache(handler: Handler, cache: PageCache, clock: () => number = Date.now): Handler {
  return (request, response) => {
    const key = pageCacheKey(request);
    if (key !== null) {
      const now = clock();
      const page = cache.get(key, now);
      if (page) return reply(request, response, page, now);
    }
    if (request.method !== "GET" && request.method !== "HEAD") return handler(request, response);
    const context = vetoableRequest();
    const store =
      key === null || request.method !== "GET"
        ? null
        : (status: number, headers: OutgoingHttpHeaders, body: Buffer) => {
            const lifetime = sharedLifetime(status, headers, body.length);
            if (lifetime === null) return;
            const storedAt = clock();
            const page = {
              status,
              rawHeaders: storedHeaders(headers),
              body,
              storedAt,
              freshUntil: storedAt + lifetime,
            };
            cache.set(key, page);
          };
    record(response, context.vetoed, store);
    return context.run(() => handler(request, response));
  };
}
