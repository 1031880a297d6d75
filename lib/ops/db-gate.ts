// While the database is unreachable, requests that would need it get a friendly 503 with Retry-After at once
// instead of a slow failure inside the app. Pages the shared cache holds are answered before this gate (see
// scripts/serve.ts), and so are static files and the health, readiness and metrics endpoints. A request that
// meets the outage before the monitor has noticed it gets the same 503 (lib/db/connection-failure.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import { UNAVAILABLE_MESSAGE } from "../actions/result";
import { RETRY_AFTER_SECONDS, recordingFailures, type FailureRecord } from "../db/connection-failure";
import { lifecycle } from "./lifecycle";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

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

/** Where an answer is written: the response itself, or (inside the gate) past the wrappers the app put on it. */
type Output = Pick<ServerResponse, "writeHead" | "end">;

export function answerUnavailable(request: IncomingMessage, response: ServerResponse, out: Output = response) {
  const wantsJson =
    (request.url ?? "").startsWith("/api/") ||
    /application\/json/.test(request.headers.accept ?? "") ||
    request.headers["next-action"] !== undefined;
  const headers = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };
  if (wantsJson) {
    out.writeHead(503, { ...headers, "content-type": "application/json" });
    out.end(JSON.stringify({ ok: false, error: UNAVAILABLE_MESSAGE, code: "UNAVAILABLE" }));
    return;
  }
  out.writeHead(503, { ...headers, "content-type": "text/html; charset=utf-8" });
  out.end(request.method === "HEAD" ? undefined : PAGE);
}

type GateHooks = {
  /** Counts a request answered by the gate. */
  onGated?: () => void;
  /** Told after a 5xx went out (the monitor then probes at once). */
  onServerError?: () => void;
};

/**
 * Wraps the app: gated while the database is down. Each request it lets through runs with a failure record; when
 * Next starts to answer one that lost its database connection, the answer becomes the gate's 503 (see
 * `outageAnswer`). The decision is taken at that first write, at once: nothing is held or waited for.
 */
export function withDbGate(handler: Handler, hooks: GateHooks = {}): Handler {
  const state = lifecycle();
  const { onGated = () => {}, onServerError } = hooks;
  return (request, response) => {
    const exempt = needsNoDatabase(request.url ?? "/");
    if (!state.databaseReachable && !exempt) {
      onGated();
      return answerUnavailable(request, response);
    }
    if (onServerError)
      response.once("finish", () => {
        if (response.statusCode >= 500) onServerError();
      });
    // Health and readiness report the outage in their own answers.
    if (exempt) return handler(request, response);
    const record: FailureRecord = { lostConnection: false, answeredUnavailable: false };
    atFirstWrite(response, (status, direct) => {
      const answer = outageAnswer(request.url ?? "/", status, record);
      if (answer === "as-is") return status;
      if (answer === "unavailable") {
        response.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
        response.setHeader("cache-control", "no-store");
        return 503;
      }
      onGated();
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      // Past the app's own wrappers: through Next's compression, the answer would come out later, as writes this
      // gate then drops, and the response would never end (a JSON route's streamed 500 to a client taking gzip).
      answerUnavailable(request, response, direct);
      return "dropped";
    });
    return recordingFailures(record, () => handler(request, response));
  };
}

/**
 * How a request that ran answers, given the status the app is about to send: "gate" (the gate's own 503 instead),
 * "unavailable" (the app's body with 503 and Retry-After: an action answered `code: "UNAVAILABLE"`, which Next
 * sends as 200) or "as-is". Only a request that lost its database connection changes: its 5xx (an empty 500, an
 * error page or digest) and anything next-auth made of it (a sign-in refused with the driver's message).
 */
export function outageAnswer(url: string, status: number, record: FailureRecord): "gate" | "unavailable" | "as-is" {
  if (!record.lostConnection) return "as-is";
  if (status >= 500 || url.startsWith("/api/auth/")) return "gate";
  return record.answeredUnavailable ? "unavailable" : "as-is";
}

const WRITES = ["writeHead", "write", "end", "flushHeaders"] as const;
type Write = (typeof WRITES)[number];

/**
 * Calls `decide` once, with the status, when the response is first written to. It returns the status that write
 * goes out with, or "dropped" when it has answered on its own (through `direct`, the methods this gate found, so
 * no wrapper an inner layer added since, such as Next's compression, holds its answer back): then that write and
 * every later one are dropped (their callbacks still run). The wrappers stay in place and pass every later write through to the methods they
 * found (an outer layer's own, such as the page cache's): putting those back on the response instead would also
 * remove what an inner layer wrapped around ours since (Next's compression), and its response would never end.
 */
function atFirstWrite(response: ServerResponse, decide: (status: number, direct: Output) => number | "dropped") {
  const before = new Map<Write, (...args: unknown[]) => unknown>(
    WRITES.map((name) => [name, response[name] as (...args: unknown[]) => unknown]),
  );
  const direct = {
    writeHead: (...args: unknown[]) => before.get("writeHead")!.apply(response, args),
    end: (...args: unknown[]) => before.get("end")!.apply(response, args),
  } as unknown as Output;
  // "deciding": the gate's own answer (written from inside `decide`) goes straight through.
  let outcome: "deciding" | "pass" | "dropped" | null = null;
  const drop = (name: Write, args: unknown[]) => {
    const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return name === "write" ? true : response;
  };
  for (const name of WRITES)
    Object.defineProperty(response, name, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        if (outcome === null) {
          outcome = "deciding";
          const statusArgument = name === "writeHead" && typeof args[0] === "number";
          const status = decide(statusArgument ? (args[0] as number) : response.statusCode, direct);
          outcome = status === "dropped" ? "dropped" : "pass";
          if (status !== "dropped") {
            if (statusArgument) args[0] = status;
            else response.statusCode = status;
          }
        }
        return outcome === "dropped" ? drop(name, args) : before.get(name)!.apply(response, args);
      },
    });
}
