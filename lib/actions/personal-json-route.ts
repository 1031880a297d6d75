// GET JSON routes for one person's eyes that have two doors, like the learner-state endpoints: Next's route file,
// and the production server's own (lib/http/web-endpoints.ts, scripts/serve.ts), which calls the very function the
// route file exports. Neither runs the proxy (lib/security/proxy-free.ts), so this does its session work: the session
// is read from the request's own Cookie header (next/headers exists only in Next's door), checked against the
// account, slid when due, a stale signed-in hint is cleared, and every answer is marked `private, no-store`.
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { resolveSessionUser } from "../auth/session";
import { sessionCookieName } from "../auth/session/cookies";
import { decodeSessionClaims, refreshedCookie, setRefreshedCookie } from "../auth/session/refresh";
import { SIGNED_IN_HINT } from "../auth/session/signed-in-hint";
import { jsonResult, jsonRoute, queryInput, routeScope } from "./json-route";
import { runAction, type ActionAuth, type ActionDefinition } from "./run-action";

/** A definition as a GET route reading its input from the query, answering through either door alike. */
export function personalQueryRoute<S extends z.ZodType, A extends ActionAuth, T>(
  definition: ActionDefinition<S, A, T>,
  respond: (data: T) => Response = (data) => jsonResult({ ok: true, data }),
) {
  return jsonRoute(async (request) => {
    const decoded = await decodeSessionClaims(new RequestCookies(request.headers).get(sessionCookieName())?.value);
    const user = await resolveSessionUser(decoded?.claims ?? null);
    const result = await runAction(definition, await queryInput(request, undefined), {
      ...routeScope(request),
      getUser: async () => user,
    });
    const answered = result.ok ? respond(result.data) : jsonResult(result);
    const response = new NextResponse(answered.body, { status: answered.status, headers: answered.headers });
    response.headers.set("Cache-Control", "private, no-store");
    if (!user) response.cookies.delete(SIGNED_IN_HINT);
    else if (decoded) {
      const refreshed = await refreshedCookie(decoded);
      if (refreshed) setRefreshedCookie(response.cookies, refreshed);
    }
    return response;
  });
}
