// Requests that cannot be served, answered where the connection arrives (scripts/serve.ts) with a short 4xx
// in plain text: no stack, no error-log line. Left to Next, each of these is a 500 (and, for the actions, a
// console.error): a path whose percent-encoding does not decode, and a server action sent from another
// site, with a body over Next's limit, or naming an action this build does not have.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** Next's default bodySizeLimit for server actions (next.config.ts leaves it as it is). */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/** How much of a refused request's body is read (and dropped) before the connection is cut. */
const DRAIN_LIMIT = 32 * 1024 * 1024;

export type Refusal = { status: 400 | 403 | 404 | 413; message: string };

/** Whether every %-escape in the path decodes to UTF-8 (as Next must decode it to match a route). */
export function pathDecodes(url: string): boolean {
  const pathname = url.split(/[?#]/, 1)[0] ?? "";
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Why this request is refused before Next sees it, or null. `allowedHosts`: the public host (APP_URL);
 * the request's own Host (and X-Forwarded-Host, which only a trusted proxy's request still carries) counts too.
 * `knownAction`: whether this build has a server action with the id.
 */
export function refusalFor(
  request: Pick<IncomingMessage, "method" | "url" | "headers">,
  options: { allowedHosts: string[]; knownAction: (id: string) => boolean },
): Refusal | null {
  if (!pathDecodes(request.url ?? "/")) return { status: 400, message: "Bad request: this address is not valid." };
  const actionId = request.headers["next-action"];
  if (request.method !== "POST" || typeof actionId !== "string") return null;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const own = [request.headers.host, request.headers["x-forwarded-host"], ...options.allowedHosts];
    const host = hostOf(String(origin));
    if (!host || !own.includes(host)) return { status: 403, message: "Refused: this form was sent from another site." };
  }
  const length = Number(request.headers["content-length"] ?? 0);
  if (length > SERVER_ACTION_BODY_LIMIT) return { status: 413, message: "Refused: this form is too large." };
  if (!options.knownAction(actionId))
    return { status: 404, message: "This form is out of date. Reload the page and try again." };
  return null;
}

/** The server action ids of the build in `dir` (Next's server-reference manifest); null when it cannot be read. */
export function loadActionIds(dir = process.cwd()): Set<string> | null {
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(dir, ".next", "server", "server-reference-manifest.json"), "utf8"),
    ) as { node?: Record<string, unknown>; edge?: Record<string, unknown> };
    return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    return null;
  }
}

export function withRequestGate(
  handler: Handler,
  options: { allowedHosts: string[]; actionIds: Set<string> | null },
): Handler {
  const knownAction = (id: string) => options.actionIds?.has(id) ?? true;
  return (request, response) => {
    const refusal = refusalFor(request, { allowedHosts: options.allowedHosts, knownAction });
    if (!refusal) return handler(request, response);
    // The body is read only to be dropped, so the client (still sending) gets the answer instead of a broken
    // pipe; past DRAIN_LIMIT the connection is cut.
    let drained = 0;
    request.on("data", (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_LIMIT) request.destroy();
    });
    request.resume();
    response.writeHead(refusal.status, {
      "content-type": "text/plain; charset=utf-8",
      "content-length": Buffer.byteLength(refusal.message),
      "cache-control": "no-store",
      // Next's client reads this as "the action is gone" (a deployment changed), not as a broken answer.
      ...(refusal.status === 404 ? { "x-nextjs-action-not-found": "1" } : {}),
    });
    response.end(refusal.message);
  };
}
