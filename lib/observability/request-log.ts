// One log line and one set of metrics per request, written when the response has been sent: method, route
// pattern, status, duration, request id, and the signed-in user's id when the session cookie names one.
// Never the URL's query, a header, a cookie or an email.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { servedFromPageCache } from "../http/with-page-cache";
import { logger } from "./logger";
import { metrics } from "./metrics";
import type { RouteMatcher } from "./route-label";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;
export type UserIdFromCookies = (cookieHeader: string) => Promise<string | null>;

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A proxy's X-Request-Id when it looks like one (so lines join up across hops), otherwise a fresh id. */
export function requestIdOf(headers: IncomingMessage["headers"]): string {
  const given = headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

export function withRequestLog(handler: Handler, routeOf: RouteMatcher, userIdOf: UserIdFromCookies): Handler {
  const { requests, latency } = metrics();
  return (request, response) => {
    const started = process.hrtime.bigint();
    const id = requestIdOf(request.headers);
    request.headers["x-request-id"] = id;
    response.setHeader("x-request-id", id);
    const cookie = request.headers.cookie;
    // Decoded while the app works, so the line costs no extra latency; only when a session cookie is present.
    const userId = cookie?.includes("session-token") ? userIdOf(cookie).catch(() => null) : Promise.resolve(null);
    const done = (aborted: boolean) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(request.url ?? "/");
      const method = request.method ?? "GET";
      const status = aborted && !response.writableFinished ? 499 : response.statusCode;
      requests.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
      void userId.then((user) => {
        const line = {
          reqId: id,
          method,
          route,
          status,
          ms: Math.round(seconds * 10_000) / 10,
          ...(user ? { userId: user } : {}),
          ...(servedFromPageCache.has(response) ? { cache: "hit" } : {}),
        };
        if (status >= 500) logger().warn(line, "request");
        else logger().info(line, "request");
      });
    };
    response.once("finish", () => done(false));
    response.once("close", () => {
      if (!response.writableFinished) done(true);
    });
    return handler(request, response);
  };
}
