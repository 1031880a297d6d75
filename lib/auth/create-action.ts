import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { runAction, statusOf, type ActionAuth, type ActionDefinition, type ActionResult, type RequestScope } from "./action";
import { clientIpFrom } from "./client-ip";
import { getCurrentUser } from "./session";

export type ServerAction<T> = ((previous: unknown, formData: FormData) => Promise<ActionResult<T>>) & {
  /** The definition behind the action, for tests that call it with their own request scope. */
  definition: ActionDefinition<z.ZodType, ActionAuth, T>;
};

export function serverActionScope(): RequestScope {
  return {
    getUser: getCurrentUser,
    getIp: async () => clientIpFrom(await headers()),
    revalidate: (path) => revalidatePath(path),
  };
}

/** Wraps a definition as a server action usable with useActionState or a plain <form action>. */
export function createAction<S extends z.ZodType, A extends ActionAuth, T>(definition: ActionDefinition<S, A, T>): ServerAction<T> {
  const action = async (_previous: unknown, formData: FormData) => runAction(definition, formData, serverActionScope());
  return Object.assign(action, { definition: definition as unknown as ActionDefinition<z.ZodType, ActionAuth, T> });
}

const MAX_BODY_BYTES = 16 * 1024;

async function readBody(request: Request): Promise<unknown> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) return null;
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return null;
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
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

/** Wraps a definition as a POST route handler answering JSON; 429 with Retry-After when limited. */
export function createJsonRoute<S extends z.ZodType, A extends ActionAuth, T>(definition: ActionDefinition<S, A, T>) {
  return async function POST(request: Request): Promise<Response> {
    const body = await readBody(request);
    if (body === null) return Response.json({ ok: false, error: "That request is too large. Shorten what you typed and try again.", code: "INVALID" }, { status: 413 });
    const scope: RequestScope = { getUser: getCurrentUser, getIp: async () => clientIpFrom(request.headers), revalidate: (path) => revalidatePath(path) };
    return jsonResult(await runAction(definition, body, scope));
  };
}
