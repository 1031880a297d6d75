// Pages for members only whose HTML is the same for every member (a shell; the member's part comes as private JSON
// through the server's door, lib/http/web-endpoints.ts), kept by the production server (scripts/serve.ts) so Next
// renders each once, not per request: the cohort home and the mentor's review queue (tests/bench/PROFILE-NOTES.md).
// A request is answered from the kept copy only after the page's own gate (offered by Next's bundle when it loads the
// page, as web endpoints are: lib/cohorts/page-gates.ts) has said yes for this request's session; anything else
// (anonymous, a non-member, a query string, Next's RSC requests, a gate not offered yet) goes on to Next, which answers
// exactly as it does without this door (a sign-in redirect, a 404, or the shell it then renders). A copy is taken only
// of Next's complete 200 HTML for a request its gate allowed, with no cookie set; it is keyed by path and
// Accept-Encoding, as the page cache keys pages, and never shared outside this process's members of that page.
import type { IncomingMessage, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { processWide } from "../process-wide";
import { storedHeaders } from "./page-cache";
import { recordResponse } from "./record-response";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;
/** Whether the session in `cookieHeader` may see the page at these path parameters. */
export type ShellGate = (cookieHeader: string, params: string[]) => Promise<boolean>;
export type ShellRoute = { gate: string; pattern: RegExp };

/** The pages kept (their gates are offered in lib/cohorts/page-gates.ts). */
export const COHORT_HOME_SHELL: ShellRoute = { gate: "cohort-home", pattern: /^\/cohorts\/([A-Za-z0-9_-]{1,64})$/ };
export const REVIEW_QUEUE_SHELL: ShellRoute = {
  gate: "review-queue",
  pattern: /^\/cohorts\/([A-Za-z0-9_-]{1,64})\/reviews$/,
};

const gates = processWide("member-shell-gates", () => new Map<string, ShellGate>());

/** Offered by the module the page loads (so the server runs Next's compiled copy, as for web endpoints). */
export function offerShellGate(name: string, gate: ShellGate): void {
  gates.set(name, gate);
}

/** Request headers that ask Next for another representation than the document. */
const REPRESENTATION = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];

type Shell = { rawHeaders: string[]; body: Buffer };

/** Keeps Next's complete 200 HTML that set no cookie. */
function keep(response: ServerResponse, store: (shell: Shell) => void) {
  recordResponse(response, {
    onFinish: (status, headers, body) => {
      const type = String(headers["content-type"] ?? "");
      if (status !== 200 || headers["set-cookie"] !== undefined || !type.startsWith("text/html")) return;
      store({ rawHeaders: storedHeaders(headers), body });
    },
  });
}

type Options = {
  /** Told of a gate that threw; the request then goes on to Next. */
  onError: (error: unknown, request: IncomingMessage) => void;
  maxBytes?: number;
  /** How long a kept shell is used (it changes only with the build, so this only bounds surprises). */
  ttlMs?: number;
};

/** Answers GETs of `routes` from a kept shell once the route's gate allows the request; passes the rest to `next`. */
export function withMemberShells(next: Handler, routes: readonly ShellRoute[], options: Options): Handler {
  const shells = new LRUCache<string, Shell>({
    maxSize: options.maxBytes ?? 16 * 1024 * 1024,
    sizeCalculation: (shell) => Math.max(1, shell.body.length),
    ttl: options.ttlMs ?? 10 * 60 * 1000,
  });
  return async (request, response) => {
    const url = request.url ?? "/";
    if (request.method !== "GET" || url.includes("?") || request.headers.range) return next(request, response);
    if (REPRESENTATION.some((name) => request.headers[name] !== undefined)) return next(request, response);
    let route: ShellRoute | undefined;
    let params: string[] = [];
    for (const candidate of routes) {
      const match = candidate.pattern.exec(url);
      if (match) {
        route = candidate;
        params = match.slice(1);
        break;
      }
    }
    const gate = route && gates.get(route.gate);
    if (!gate) return next(request, response);
    let allowed = false;
    try {
      allowed = await gate(String(request.headers.cookie ?? ""), params);
    } catch (error) {
      options.onError(error, request);
    }
    if (!allowed) return next(request, response);
    const key = `${url}\n${request.headers["accept-encoding"] ?? ""}`;
    const shell = shells.get(key);
    if (shell) {
      response.writeHead(200, [
        ...shell.rawHeaders,
        "x-member-shell",
        "HIT",
        "content-length",
        String(shell.body.length),
      ]);
      response.end(shell.body);
      return;
    }
    keep(response, (kept) => shells.set(key, kept));
    return next(request, response);
  };
}
