// JSON endpoints built on the same definitions as server actions: same auth, validation and result shape.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { clientIpFrom } from "../auth/client-ip";
import { getCurrentUser } from "../auth/session";
import { afterResponse } from "./after-response";
import { MAX_BODY_BYTES, TOO_LARGE_MESSAGE, type ActionResult } from "./result";
import { runAction, statusOf, type ActionAuth, type ActionDefinition, type RequestScope } from "./run-action";

/** The request's text, or null when it is larger than the endpoints accept. */
export async function readBodyText(request: Request): Promise<string | null> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) return null;
  const text = await request.text();
  return text.length > MAX_BODY_BYTES ? null : text;
}

function parseBody(text: string, contentType: string): unknown {
  if (contentType.includes("application/json")) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

export function jsonResult(result: ActionResult<unknown>): Response {
  const headersOut = new Headers({ "Cache-Control": "no-store" });
  if (!result.ok && result.retryAfterSeconds) headersOut.set("Retry-After", String(result.retryAfterSeconds));
  return Response.json(result, { status: statusOf(result), headers: headersOut });
}

export function tooLargeResponse(): Response {
  return Response.json({ ok: false, error: TOO_LARGE_MESSAGE, code: "INVALID" } satisfies ActionResult<never>, {
    status: 413,
  });
}

export function routeScope(request: Request): RequestScope {
  return {
    getUser: getCurrentUser,
    getIp: async () => clientIpFrom(request.headers),
    revalidate: (path) => revalidatePath(path),
    defer: afterResponse,
  };
}

/** Wraps a definition as a POST route handler answering JSON; 429 with Retry-After when limited. */
export function createJsonRoute<S extends z.ZodType, A extends ActionAuth, T>(definition: ActionDefinition<S, A, T>) {
  return async function POST(request: Request): Promise<Response> {
    const text = await readBodyText(request);
    if (text === null) return tooLargeResponse();
    const body = parseBody(text, request.headers.get("content-type") ?? "");
    return jsonResult(await runAction(definition, body, routeScope(request)));
  };
}

/** Wraps a definition as a GET route handler: the query string is its input. */
export function createJsonGetRoute<S extends z.ZodType, A extends ActionAuth, T>(
  definition: ActionDefinition<S, A, T>,
  respond: (data: T) => Response = (data) => jsonResult({ ok: true, data }),
) {
  return async function GET(request: Request): Promise<Response> {
    const input = Object.fromEntries(new URL(request.url).searchParams);
    const result = await runAction(definition, input, routeScope(request));
    return result.ok ? respond(result.data) : jsonResult(result);
  };
}
