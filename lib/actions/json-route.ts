// The one wrapper every JSON route goes through. `jsonRoute` is the door: a failure the handler did not answer
// itself still answers in the result shape. `createJsonRoute` puts a definition behind it (the server actions'
// auth, validation and result shape), reading its input from the body, the query, a multipart form or the path.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { clientIpFrom } from "../auth/client-ip";
import { isAuthError } from "../auth/errors";
import { getCurrentUser } from "../auth/session";
import { readBodyUpTo, readFormUpTo } from "../http/limited-body";
import { logError } from "../observability/logger";
import { afterResponse } from "./after-response";
import { MAX_BODY_BYTES, TOO_LARGE_MESSAGE, type ActionResult } from "./result";
import { runAction, statusOf, type ActionAuth, type ActionDefinition, type RequestScope } from "./run-action";

/** The request's text, or null when it is larger than the endpoints accept. */
export async function readBodyText(request: Request): Promise<string | null> {
  // The limit counts characters; a character is at most 4 bytes of UTF-8, so reading stops past 4 × the limit.
  const bytes = await readBodyUpTo(request, MAX_BODY_BYTES * 4);
  if (bytes === null) return null;
  const text = new TextDecoder().decode(bytes);
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

export function tooLargeResponse(message: string = TOO_LARGE_MESSAGE): Response {
  return Response.json({ ok: false, error: message, code: "INVALID" } satisfies ActionResult<never>, {
    status: 413,
  });
}

/** What an upload over `maxBytes` is told: the limit in megabytes. */
export function uploadTooLargeMessage(maxBytes: number): string {
  const size =
    maxBytes >= 1024 * 1024 ? `${Math.floor(maxBytes / 1024 / 1024)} MB` : `${Math.floor(maxBytes / 1024)} KB`;
  return `That upload is too large: a form with its file may be up to ${size}.`;
}

export function routeScope(request: Request): RequestScope {
  return {
    getUser: getCurrentUser,
    getIp: async () => clientIpFrom(request.headers),
    revalidate: (path) => revalidatePath(path),
    defer: afterResponse,
  };
}

export const FAILED_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

/** What a JSON route answers for an error its handler threw instead of answering. */
export function failureResponse(error: unknown): Response {
  if (isAuthError(error)) return jsonResult({ ok: false, error: error.message, code: error.code });
  logError(error, {}, "route failed");
  return Response.json({ ok: false, error: FAILED_MESSAGE, code: "FAILED" } satisfies ActionResult<never>, {
    status: 500,
    headers: { "Cache-Control": "no-store" },
  });
}

/**
 * The door of every JSON route: the handler answers, and whatever it throws answers in the result shape. Next
 * passes the route's context; a caller outside Next (the server's own door, scripts/serve.ts) may leave it out.
 */
export function jsonRoute<C = unknown>(handle: (request: Request, context: C) => Promise<Response>) {
  return async function route(request: Request, context?: C): Promise<Response> {
    try {
      return await handle(request, context as C);
    } catch (error) {
      return failureResponse(error);
    }
  };
}

/** Reads a definition's input from the request; a Response instead refuses the request before it runs. */
export type InputReader<C = unknown> = (request: Request, context: C) => Promise<unknown>;

/** The body as JSON or a URL-encoded form (the default); 413 above MAX_BODY_BYTES. */
export const bodyInput: InputReader = async (request) => {
  const text = await readBodyText(request);
  if (text === null) return tooLargeResponse();
  return parseBody(text, request.headers.get("content-type") ?? "");
};

/** The query string, for GET routes. */
export const queryInput: InputReader = async (request) => Object.fromEntries(new URL(request.url).searchParams);

/** The route's dynamic segments (`[courseId]` → `{ courseId }`). */
export function paramsInput<P>(): InputReader<{ params: Promise<P> }> {
  return async (_request, context) => context.params;
}

/**
 * The named fields of a multipart form, files included; 413 for a body over `maxBytes`, refused before reading
 * when Content-Length says so and otherwise as soon as that many bytes have arrived.
 */
export function multipartInput(fields: readonly string[], maxBytes: number): InputReader {
  return async (request) => {
    const read = await readFormUpTo(request, maxBytes);
    if ("refused" in read)
      return read.refused === "too-large"
        ? tooLargeResponse(uploadTooLargeMessage(maxBytes))
        : jsonResult({ ok: false, error: "Send the file as a form upload.", code: "INVALID" });
    return Object.fromEntries(fields.map((name) => [name, read.form.get(name) ?? undefined]));
  };
}

export type JsonRouteOptions<T, C> = {
  /** Where the input comes from; the body unless said. */
  input?: InputReader<C>;
  /** The answer to a success (a download, other headers); refusals always answer in the result shape. */
  respond?: (data: T) => Response;
  /** Where the caller's identity comes from: the session, unless a test passes its own. */
  scope?: (request: Request) => RequestScope;
};

/** A definition as a route handler answering JSON: 401/403/400/413, 429 with Retry-After when limited. */
export function createJsonRoute<S extends z.ZodType, A extends ActionAuth, T, C = unknown>(
  definition: ActionDefinition<S, A, T>,
  {
    input = bodyInput,
    respond = (data) => jsonResult({ ok: true, data }),
    scope = routeScope,
  }: JsonRouteOptions<T, C> = {},
) {
  return jsonRoute<C>(async (request, context) => {
    const raw = await input(request, context);
    if (raw instanceof Response) return raw;
    const result = await runAction(definition, raw, scope(request));
    return result.ok ? respond(result.data) : jsonResult(result);
  });
}
