// A second door to a few of the app's endpoints, for the production server (scripts/serve.ts): a request whose
// method and path the server names is answered by the very function the route file calls, without Next's route
// runtime, which costs more than the whole answer of a prepared-statement endpoint (or half of a webhook's). The function is the one Next's bundle
// loaded: the module that defines it offers it here (offerWebEndpoint) when Next first loads the route, so the
// server runs Next's compiled copy and never loads domain code of its own; until then the route answers. Everything
// else, and any other method, goes on to Next. The answer carries what Next would add to that route's (the headers
// next.config gives its path, read from the build's routes manifest), so the two doors answer alike byte for byte;
// tests/integration/ops/servers/learner-state-doors.server-test.ts compares them (the learner-state GETs and the
// Stripe webhook's POST).
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { processWide } from "../process-wide";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;
export type WebEndpoint = (request: Request) => Promise<Response>;
type Method = "GET" | "POST";

// One per process: Next's bundle offers, the server's copy of this module reads. Keyed "METHOD /path".
const offered = processWide("web-endpoints", () => new Map<string, WebEndpoint>());

/** Lets the server's door answer `method` requests to `path` with `endpoint` (the function its route file calls). */
export function offerWebEndpoint(path: string, endpoint: WebEndpoint, method: Method = "GET"): void {
  offered.set(`${method} ${path}`, endpoint);
}

/** The Vary Next's server gives a route handler's answer; its compression adds Accept-Encoding to one with a type. */
const NEXT_ROUTER_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

type ManifestHeaders = { headers?: { source: string; headers: { key: string; value: string }[] }[] };

/** The headers next.config's `headers()` gives `source` (as written there, e.g. "/api/learn/:path*") in this build. */
export function configuredHeaders(source: string, dir = process.cwd()): [string, string][] {
  const manifest = JSON.parse(readFileSync(path.join(dir, ".next", "routes-manifest.json"), "utf8")) as ManifestHeaders;
  const rules = (manifest.headers ?? []).filter((rule) => rule.source === source);
  if (rules.length !== 1)
    throw new Error(`expected one headers() rule for ${source} in the build, found ${rules.length}`);
  return rules[0]!.headers.map(({ key, value }) => [key, value]);
}

/** Headers about the connection, not the request: Next's route does not see them either. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "expect", "te"]);

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A Node request as the web Request an endpoint reads: method, path and query, headers, and a POST's whole body
 * (as Next reads it for a route: the webhook checks its signature over these exact bytes).
 */
async function webRequest(request: IncomingMessage, method: Method): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const body = method === "POST" ? new Uint8Array(await bodyOf(request)) : undefined;
  return new Request(`http://localhost${request.url ?? "/"}`, { method, headers, body });
}

type DoorOptions = {
  /** The method answered at these paths (GET unless said); any other goes on to Next. */
  method?: Method;
  /** Added to every answer, as next.config adds them to the route's (see configuredHeaders). */
  headers: [string, string][];
  /** Told of an endpoint that threw (the answer is then Next's for a throwing route: an empty 500). */
  onError: (error: unknown, request: IncomingMessage) => void;
};

async function answer(
  endpoint: WebEndpoint,
  request: IncomingMessage,
  response: ServerResponse,
  { headers: fixed, onError, method = "GET" }: DoorOptions,
): Promise<void> {
  let answered: Response;
  try {
    answered = await endpoint(await webRequest(request, method));
  } catch (error) {
    // As Next answers a route handler that throws: an empty 500, the error in the log.
    onError(error, request);
    response.writeHead(500);
    response.end();
    return;
  }
  const plain = Buffer.from(await answered.arrayBuffer());
  // As Next's server sends a route's answer: compressed for a client that takes gzip (the only encoding this server
  // lets through, lib/http/request-hygiene.ts), and varying on what Next's router and the encoding change. An
  // answer without a Content-Type (a 304) is left alone by Next's compression, Vary and all.
  const typed = answered.headers.has("content-type");
  const gzip = typed && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const body = gzip ? gzipSync(plain) : plain;
  response.setHeader("vary", typed ? `${NEXT_ROUTER_VARY}, Accept-Encoding` : NEXT_ROUTER_VARY);
  if (gzip) response.setHeader("content-encoding", "gzip");
  for (const [name, value] of fixed) response.setHeader(name, value);
  // Next keeps its x-middleware-* headers to itself (NextResponse's cookie helpers add one); so does this door.
  for (const [name, value] of answered.headers)
    if (name !== "set-cookie" && !name.startsWith("x-middleware-")) response.setHeader(name, value);
  const cookies = answered.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader("set-cookie", cookies);
  response.setHeader("content-length", body.length);
  response.writeHead(answered.status);
  response.end(body);
}

/**
 * Answers `options.method` (GET unless said) requests to `paths` (the query string aside) itself, once their
 * endpoint has been offered, adding `options.headers` as next.config does for them; passes everything else to `next`.
 */
export function withWebEndpoints(next: Handler, paths: readonly string[], options: DoorOptions): Handler {
  const answered = new Set(paths);
  const method = options.method ?? "GET";
  return (request, response) => {
    const pathname = (request.url ?? "/").split("?", 1)[0]!;
    const endpoint =
      request.method === method && answered.has(pathname) ? offered.get(`${method} ${pathname}`) : undefined;
    return endpoint ? answer(endpoint, request, response, options) : next(request, response);
  };
}
