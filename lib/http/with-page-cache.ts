// Wraps the app's request handler: replies from the shared page cache when it can, and otherwise lets the app
// answer while recording the bytes it sends, storing them if the response says it may be shared.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { PageCache, pageCacheKey, sharedLifetime, storedHeaders, type CachedPage } from "./page-cache";
import { recordResponse } from "./record-response";
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

/**
 * Records what the app writes, when `store` is given. Either way, an answer the page vetoed (shared-cache-veto.ts)
 * goes out private instead of public.
 */
function record(
  response: ServerResponse,
  vetoed: () => boolean,
  store: ((status: number, headers: OutgoingHttpHeaders, body: Buffer) => void) | null,
) {
  /** Before the headers go out: a vetoed answer is neither stored nor marked shareable for caches further on. */
  const allowed = (headers?: Record<string, unknown>) => {
    if (!vetoed()) return true;
    if (headers)
      for (const name of Object.keys(headers)) if (name.toLowerCase() === "cache-control") delete headers[name];
    if (!response.headersSent) response.setHeader("cache-control", VETOED_CACHE_CONTROL);
    return false;
  };
  recordResponse(response, {
    onWriteHead: allowed,
    // By the first body byte the headers are final: copy nothing of a response that will not be stored.
    onFirstChunk: (headersFromWriteHead) => {
      if (!allowed()) return false;
      const cacheControl = response.getHeader("cache-control") ?? headersFromWriteHead["cache-control"];
      return /s-maxage=/i.test(String(cacheControl ?? ""));
    },
    onFinish: store,
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
