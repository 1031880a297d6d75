// Checks that run before next-auth sees a credentials or magic-link POST: input shape and rate limits.
import type { z } from "zod";
import { jsonResult, tooLargeResponse } from "../actions/json-route";
import { INVALID_FIELDS_MESSAGE, MAX_BODY_BYTES, type ActionResult } from "../actions/result";
import { fieldErrorsOf } from "../actions/run-action";
import { clientIpFrom } from "../auth/client-ip";
import { emailOnlySchema, signInSchema, tokenSchema } from "./schema";
import { consumeRateLimit, peekRateLimit, type RateLimitDecision } from "../security/rate-limit";
import { tooManyAttemptsMessage } from "../security/rate-limit-policy";

function limited(decision: RateLimitDecision & { allowed: false }): Response {
  const result: ActionResult<never> = {
    ok: false,
    error: tooManyAttemptsMessage(decision.retryAfterSeconds),
    retryAfterSeconds: decision.retryAfterSeconds,
    code: "RATE_LIMITED",
  };
  return jsonResult(result);
}

function invalidFields(error: z.ZodError): Response {
  return jsonResult({ ok: false, error: INVALID_FIELDS_MESSAGE, fieldErrors: fieldErrorsOf(error), code: "INVALID" });
}

/** Returns a refusal to send instead of passing the request on, or null when next-auth may handle it. */
export async function guardAuthPost(action: string, request: Request): Promise<Response | null> {
  if (action !== "callback/credentials" && action !== "signin/email" && action !== "callback/email-confirmation")
    return null;
  const text = await request.clone().text();
  if (text.length > MAX_BODY_BYTES) return tooLargeResponse();
  const body = Object.fromEntries(new URLSearchParams(text));
  const ip = clientIpFrom(request.headers);

  if (action === "callback/email-confirmation") {
    const parsed = tokenSchema.safeParse(body);
    if (!parsed.success) return jsonResult({ ok: false, error: "This link is not valid.", code: "INVALID" });
    const perIp = await consumeRateLimit("verify-email-ip", ip);
    return perIp.allowed ? null : limited(perIp);
  }

  if (action === "callback/credentials") {
    const parsed = signInSchema.safeParse(body);
    if (!parsed.success) return invalidFields(parsed.error);
    const perIp = await consumeRateLimit("sign-in-ip", ip);
    if (!perIp.allowed) return limited(perIp);
    const perEmail = await peekRateLimit("sign-in-email", parsed.data.email);
    if (!perEmail.allowed) return limited(perEmail);
    return null;
  }

  const parsed = emailOnlySchema.safeParse(body);
  if (!parsed.success) return invalidFields(parsed.error);
  for (const [bucket, key] of [
    ["magic-link-ip", ip],
    ["magic-link-email", parsed.data.email],
  ] as const) {
    const decision = await consumeRateLimit(bucket, key);
    if (!decision.allowed) return limited(decision);
  }
  return null;
}
