// While the database is unreachable, requests that would need it get a friendly 503 with Retry-After at once
// instead of a slow failure inside the app. Pages the shared cache holds are answered before this gate (see
// scripts/serve.ts), and so are static files and the health, readiness and metrics endpoints.
import type { IncomingMessage, ServerResponse } from "node:http";
import { lifecycle } from "./lifecycle";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

export const RETRY_AFTER_SECONDS = 5;
const ALWAYS_ANSWERED = ["/_next/static/", "/api/health", "/api/ready", "/api/metrics"];

/** True for requests the app answers without the database: build assets, public files, liveness and readiness. */
export function needsNoDatabase(url: string): boolean {
  const path = url.split("?")[0] ?? url;
  if (ALWAYS_ANSWERED.some((prefix) => path === prefix || path.startsWith(prefix))) return true;
  // public/ files (favicon.ico, robots.txt, images) are the only paths whose last segment has an extension.
  return /\/[^/]+\.[a-z0-9]{2,5}$/i.test(path) && !path.startsWith("/api/");
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Back in a moment · Backend Academy</title>
<style>body{font-family:system-ui,sans-serif;margin:0;min-height:100vh;display:grid;place-items:center;background:#fff;color:#1f2937}
main{max-width:32rem;padding:2rem}h1{font-size:1.5rem}@media (prefers-color-scheme:dark){body{background:#0f172a;color:#e5e7eb}}</style></head>
<body><main><h1>We'll be back in a moment</h1><p>Backend Academy cannot reach its database right now. Your work so far is saved.
Please try again in a few seconds; this page does not need to be reloaded more often than that.</p></main></body></html>`;

export function answerUnavailable(request: IncomingMessage, response: ServerResponse) {
  const wantsJson = (request.url ?? "").startsWith("/api/") || /application\/json/.test(request.headers.accept ?? "");
  const headers = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };
  if (wantsJson) {
    response.writeHead(503, { ...headers, "content-type": "application/json" });
    response.end(
      JSON.stringify({
        ok: false,
        error: "The service is briefly unavailable. Please try again in a few seconds.",
        code: "UNAVAILABLE",
      }),
    );
    return;
  }
  response.writeHead(503, { ...headers, "content-type": "text/html; charset=utf-8" });
  response.end(request.method === "HEAD" ? undefined : PAGE);
}

type GateHooks = {
  /**
   * The app is about to answer a 5xx: resolves true when the database proved unreachable (the monitor has then
   * closed the gate), false when it answers. Absent (PGlite, which cannot be unreachable): 5xx pass as they are.
   */
  checkAfterServerError?: () => Promise<boolean>;
  /** Counts a request answered by the gate. */
  onGated?: () => void;
  /** Told after a 5xx went out (the monitor then probes at once). */
  onServerError?: () => void;
};

/**
 * Wraps the app: gated while the database is down. A 5xx the app is about to send is held while the monitor
 * probes: if the database is unreachable, the request met the outage before the monitor saw it, and it gets the
 * gate's 503 with Retry-After instead of an empty 500 or an error digest; otherwise the 500 goes out unchanged.
 */
export function withDbGate(handler: Handler, hooks: GateHooks = {}): Handler {
  const state = lifecycle();
  const { checkAfterServerError, onGated = () => {}, onServerError } = hooks;
  return (request, response) => {
    if (!state.databaseReachable && !needsNoDatabase(request.url ?? "/")) {
      onGated();
      return answerUnavailable(request, response);
    }
    if (checkAfterServerError)
      holdServerErrors(response, checkAfterServerError, () => {
        onGated();
        answerUnavailable(request, response);
      });
    if (onServerError)
      response.once("finish", () => {
        if (response.statusCode >= 500) onServerError();
      });
    return handler(request, response);
  };
}

const WRITES = ["writeHead", "write", "end", "flushHeaders"] as const;
/** Longest a 5xx waits for the monitor's verdict before it goes out as it is. */
const HOLD_LIMIT_MS = 3_000;
type Write = (typeof WRITES)[number];

/**
 * Watches the response's first write. Below 500 it steps aside. At 500 and above it keeps every write back until
 * `isOutage` resolves (or HOLD_LIMIT_MS passes): true discards them (their callbacks still run) and calls
 * `replace`, false (or a failed or slow check) replays them in order. The methods it wraps may already be an outer
 * layer's own (the page cache records what it serves): stepping aside puts those back, never the prototype's.
 */
export function holdServerErrors(response: ServerResponse, isOutage: () => Promise<boolean>, replace: () => void) {
  const held: Array<{ name: Write; args: unknown[] }> = [];
  const before = new Map<Write, (...args: unknown[]) => unknown>(
    WRITES.map((name) => [name, response[name] as (...args: unknown[]) => unknown]),
  );
  let holding = false;
  let released = false;
  const call = (name: Write, args: unknown[]) => before.get(name)!.apply(response, args);
  const stepAside = () => {
    for (const [name, method] of before)
      Object.defineProperty(response, name, { value: method, configurable: true, writable: true });
  };
  const release = (outage: boolean) => {
    if (released) return;
    released = true;
    clearTimeout(limit);
    stepAside();
    if (!outage) {
      for (const { name, args } of held) call(name, args);
      return;
    }
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    replace();
    // Writes that were dropped still tell their callers they are done.
    for (const { args } of held) {
      const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
      callback?.();
    }
  };
  let limit: NodeJS.Timeout | undefined;
  for (const name of WRITES) {
    const own = (...args: unknown[]) => {
      if (!holding) {
        const status = name === "writeHead" && typeof args[0] === "number" ? args[0] : response.statusCode;
        if (status < 500) {
          stepAside();
          return call(name, args);
        }
        holding = true;
        limit = setTimeout(() => release(false), HOLD_LIMIT_MS);
        isOutage().then(release, () => release(false));
      }
      if (released) return call(name, args);
      held.push({ name, args });
      return name === "write" ? true : response;
    };
    Object.defineProperty(response, name, { value: own, configurable: true, writable: true });
  }
}
