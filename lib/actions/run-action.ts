// The one path every server action and JSON form endpoint takes: authorize → validate → rate-limit → handle.
import { z } from "zod";
import type { CurrentUser } from "../auth/session/policy";
import type { UserRole } from "../auth/roles";
import { consumeRateLimit, type RateLimitBucket } from "../security/rate-limit";
import { tooManyAttemptsMessage } from "../security/rate-limit-policy";
import { AuthError, isAuthError } from "../auth/errors";
import { DomainError } from "./errors";
import { CONTROL_CHARACTER_MESSAGE, pathsWithControlCharacters } from "../validation/text";
import { INVALID_FIELDS_MESSAGE, UNAVAILABLE_MESSAGE, type ActionResult, type FieldErrors } from "./result";
import { logError } from "../observability/logger";
import { noteAnsweredUnavailable, noteConnectionFailure, RETRY_AFTER_SECONDS } from "../db/connection-failure";

/** "public": anyone; "user": any signed-in account; a role list: signed in with one of those roles. */
export type ActionAuth = "public" | "user" | readonly UserRole[];

type UserFor<A extends ActionAuth> = A extends "public" ? CurrentUser | null : CurrentUser;

/** Work a handler runs after its answer is sent (production) or before it returns (tests). */
export type Defer = (work: () => Promise<void>) => Promise<void>;

export type ActionContext<A extends ActionAuth> = { user: UserFor<A>; ip: string; defer: Defer };

/** Runs the work now and waits for it: the default where nothing answers first (tests, scripts). */
export const runNow: Defer = (work) => work();

/** Where the request's identity comes from; production reads the session, tests pass one in. */
export type RequestScope = {
  getUser: () => Promise<CurrentUser | null>;
  getIp: () => Promise<string>;
  revalidate: (path: string) => void;
  /** Defaults to running the work inline; requests hand it to Next's `after`. */
  defer?: Defer;
};

export type RateLimitRule<I, A extends ActionAuth> = (
  input: I,
  ctx: ActionContext<A>,
) => Array<[RateLimitBucket, string]>;

export type ActionDefinition<S extends z.ZodType, A extends ActionAuth, T> = {
  schema: S;
  auth: A;
  rateLimit?: RateLimitRule<z.output<S>, A>;
  revalidate?: string[];
  handler: (input: z.output<S>, ctx: ActionContext<A>) => Promise<T>;
};

export function formDataToObject(raw: unknown): unknown {
  if (!(raw instanceof FormData)) return raw;
  const result: Record<string, unknown> = {};
  for (const [key, value] of raw.entries()) {
    if (key.startsWith("$ACTION")) continue;
    result[key] = typeof value === "string" ? value : undefined;
  }
  return result;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function authorize<A extends ActionAuth>(auth: A, user: CurrentUser | null): UserFor<A> {
  if (auth === "public") return user as UserFor<A>;
  if (!user) throw new AuthError("UNAUTHENTICATED");
  if (auth !== "user" && !(auth as readonly UserRole[]).includes(user.role)) throw new AuthError("FORBIDDEN");
  return user as UserFor<A>;
}

/**
 * The database could not be reached (before the server's monitor noticed, or while its gate let this through):
 * answered as such, 503 with Retry-After, never as the action's own failure.
 */
function unavailable(): ActionResult<never> {
  noteAnsweredUnavailable();
  return { ok: false, error: UNAVAILABLE_MESSAGE, retryAfterSeconds: RETRY_AFTER_SECONDS, code: "UNAVAILABLE" };
}

export async function runAction<S extends z.ZodType, A extends ActionAuth, T>(
  definition: ActionDefinition<S, A, T>,
  raw: unknown,
  scope: RequestScope,
): Promise<ActionResult<T>> {
  try {
    return await runDefinition(definition, raw, scope);
  } catch (error) {
    if (noteConnectionFailure(error)) return unavailable();
    throw error;
  }
}

async function runDefinition<S extends z.ZodType, A extends ActionAuth, T>(
  definition: ActionDefinition<S, A, T>,
  raw: unknown,
  scope: RequestScope,
): Promise<ActionResult<T>> {
  let ctx: ActionContext<A>;
  try {
    ctx = {
      user: authorize(definition.auth, await scope.getUser()),
      ip: await scope.getIp(),
      defer: scope.defer ?? runNow,
    };
  } catch (error) {
    if (isAuthError(error)) return { ok: false, error: error.message, code: error.code };
    throw error;
  }

  const input = formDataToObject(raw);
  // One rule for every action and endpoint, before any schema: no text field may carry a control character.
  const controlled = pathsWithControlCharacters(input);
  if (controlled.length) {
    return {
      ok: false,
      error: INVALID_FIELDS_MESSAGE,
      fieldErrors: Object.fromEntries(controlled.map((key) => [key, [CONTROL_CHARACTER_MESSAGE]])),
      code: "INVALID",
    };
  }
  const parsed = definition.schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: INVALID_FIELDS_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error), code: "INVALID" };
  }

  for (const [bucket, key] of definition.rateLimit?.(parsed.data, ctx) ?? []) {
    const decision = await consumeRateLimit(bucket, key);
    if (!decision.allowed) {
      return {
        ok: false,
        error: tooManyAttemptsMessage(decision.retryAfterSeconds),
        retryAfterSeconds: decision.retryAfterSeconds,
        code: "RATE_LIMITED",
      };
    }
  }

  try {
    const data = await definition.handler(parsed.data, ctx);
    for (const path of definition.revalidate ?? []) scope.revalidate(path);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof DomainError && error.retryAfterSeconds)
      return { ok: false, error: error.message, retryAfterSeconds: error.retryAfterSeconds, code: "RATE_LIMITED" };
    if (error instanceof DomainError)
      return { ok: false, error: error.message, fieldErrors: error.fieldErrors, code: "FAILED" };
    if (isAuthError(error)) return { ok: false, error: error.message, code: error.code };
    if (noteConnectionFailure(error)) return unavailable();
    logError(error, {}, "action failed");
    return { ok: false, error: "Something went wrong on our side. Please try again in a moment.", code: "FAILED" };
  }
}

/** HTTP status for a result, for the JSON endpoints. */
export function statusOf(result: ActionResult<unknown>): number {
  if (result.ok) return 200;
  switch (result.code) {
    case "UNAUTHENTICATED":
      return 401;
    case "FORBIDDEN":
      return 403;
    case "RATE_LIMITED":
      return 429;
    case "UNAVAILABLE":
      return 503;
    case "INVALID":
    case "FAILED":
      return 400;
    default:
      return 500;
  }
}
