// The one door of every /api/v1 route: key → rate limit → scope → input → handler, answering JSON with ETag on
// reads, Idempotency-Key on creates, and RFC 9457 problems for every refusal.
import type { z } from "zod";
import { jsonRoute } from "../../actions/json-route";
import { readBodyText } from "../../actions/json-route";
import { clientIpFrom } from "../../auth/client-ip";
import { authenticateApiKey, type ApiKeyRefusal, type ApiPrincipal } from "../../api-keys/service";
import { memoize } from "../../cache/memo";
import { logError } from "../../observability/logger";
import { consumeRateLimit } from "../../security/rate-limit";
import { RATE_LIMITS } from "../../security/rate-limit-policy";
import { answerRead, encodeAnswer } from "./encoded-answer";
import type { AnyEndpoint } from "./endpoint";
import { readIdempotencyKey, requestFingerprint, runIdempotently } from "./idempotency";
import { ApiProblem, problemResponse } from "./problem";

const KEY_REFUSALS: Record<ApiKeyRefusal, string> = {
  MISSING: "Send your API key as `Authorization: Bearer <key>`. Create a key in Profile → API keys.",
  UNKNOWN: "This API key is not recognised. Check that it was copied whole, or create a new one in Profile → API keys.",
  REVOKED: "This API key was revoked. Create a new key in Profile → API keys.",
  EXPIRED: "This API key has expired. Create a new key in Profile → API keys.",
  DISABLED: "The account this key belongs to is disabled. Ask an admin to enable it.",
};

type RateLimitHeaders = Record<string, string>;

function rateLimitHeaders(bucket: "api-key" | "api-public-ip", remaining: number, resetSeconds?: number) {
  const { points, durationSeconds } = RATE_LIMITS[bucket];
  const policy = bucket === "api-key" ? "per-key" : "per-address";
  return {
    "RateLimit-Policy": `"${policy}";q=${points};w=${durationSeconds}`,
    RateLimit: `"${policy}";r=${remaining}${resetSeconds === undefined ? "" : `;t=${resetSeconds}`}`,
  };
}

async function authenticate(request: Request, ip: string): Promise<ApiPrincipal> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const answer = match ? await authenticateApiKey(match[1]!, ip) : ({ ok: false, reason: "MISSING" } as const);
  if (!answer.ok) throw new ApiProblem(401, "unauthorized", "No valid API key", KEY_REFUSALS[answer.reason]);
  return answer.principal;
}

async function limit(bucket: "api-key" | "api-public-ip", subject: string): Promise<RateLimitHeaders> {
  const decision = await consumeRateLimit(bucket, subject);
  if (decision.allowed) return rateLimitHeaders(bucket, decision.remaining);
  throw Object.assign(
    new ApiProblem(
      429,
      "rate-limited",
      "Rate limit reached",
      `This ${bucket === "api-key" ? "key" : "address"} sent too many requests. Wait ${decision.retryAfterSeconds} seconds (Retry-After) and slow down.`,
    ),
    {
      headers: {
        ...rateLimitHeaders(bucket, 0, decision.retryAfterSeconds),
        "Retry-After": String(decision.retryAfterSeconds),
      },
    },
  );
}

function parse<S extends z.ZodType>(schema: S, raw: unknown, where: "path" | "query" | "body"): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => ({
    field: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  throw new ApiProblem(
    400,
    "invalid-request",
    "Invalid request",
    `Correct the ${where === "body" ? "request body" : `${where} parameters`}: ${errors.map((e) => `${e.field}: ${e.message}`).join(" ")}`,
    errors,
  );
}

async function readJsonBody(request: Request): Promise<unknown> {
  const text = await readBodyText(request);
  if (text === null) throw new ApiProblem(413, "too-large", "Request too large", "Send a body of at most 16 KB.");
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    throw new ApiProblem(
      415,
      "unsupported-media-type",
      "Send JSON",
      "Send the body as JSON with `Content-Type: application/json`.",
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiProblem(400, "invalid-json", "Invalid JSON", "The body is not valid JSON. Check quotes and commas.");
  }
}

/** The route handler for one endpoint; `Params` is Next's dynamic segments. */
export function v1Route(endpoint: AnyEndpoint) {
  return jsonRoute<{ params?: Promise<Record<string, string>> } | undefined>(async (request, context) => {
    let headers: RateLimitHeaders = {};
    try {
      const ip = clientIpFrom(request.headers);
      const principal = endpoint.scope === null ? null : await authenticate(request, ip);
      headers = principal ? await limit("api-key", principal.keyId) : await limit("api-public-ip", ip);
      if (principal && endpoint.scope && !principal.scopes.has(endpoint.scope)) {
        throw new ApiProblem(
          403,
          "missing-scope",
          "The key lacks the scope",
          `This endpoint needs the scope \`${endpoint.scope}\`. Create a key with it in Profile → API keys (your role must allow it).`,
        );
      }
      const url = new URL(request.url);
      const params = parse(endpoint.params, (await context?.params) ?? {}, "path");
      const query = parse(endpoint.query, Object.fromEntries(url.searchParams), "query");
      const rawBody = endpoint.body ? await readJsonBody(request) : undefined;
      const body = endpoint.body ? parse(endpoint.body, rawBody, "body") : {};
      const run = async () => {
        const answer = await endpoint.handle({ params, query, body, principal, url, ip });
        return { status: answer.status ?? endpoint.status, body: answer.body as unknown };
      };

      if (endpoint.method === "GET") {
        // A read the same for every caller is encoded once and kept in the memo with the content it shows.
        const sharedKey = endpoint.sharedAnswerKey?.(query, url) ?? null;
        const encoded = sharedKey
          ? await memoize(sharedKey, async () => encodeAnswer(await run()))
          : encodeAnswer(await run());
        const out = new Headers({
          ...headers,
          "Cache-Control": principal ? "private, no-cache" : "public, max-age=60",
        });
        return answerRead(request, encoded, out);
      }

      const idempotencyKey = endpoint.idempotent && principal ? readIdempotencyKey(request) : null;
      const answer =
        idempotencyKey && principal
          ? await runIdempotently(
              principal.keyId,
              idempotencyKey,
              requestFingerprint(endpoint.method, url.pathname, rawBody),
              run,
            )
          : { ...(await run()), replayed: false };
      if (answer.status >= 400) {
        // A stored refusal, replayed: the same problem as the first time.
        return new Response(JSON.stringify(answer.body), {
          status: answer.status,
          headers: { ...headers, "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
        });
      }

      const out = new Headers({ ...headers, "Content-Type": "application/json", "Cache-Control": "no-store" });
      if (answer.replayed) out.set("Idempotent-Replayed", "true");
      return new Response(JSON.stringify(answer.body), { status: answer.status, headers: out });
    } catch (error) {
      if (error instanceof ApiProblem) {
        const extra = (error as ApiProblem & { headers?: RateLimitHeaders }).headers ?? {};
        const wwwAuthenticate: Record<string, string> =
          error.status === 401 ? { "WWW-Authenticate": 'Bearer realm="api"' } : {};
        return problemResponse(error, { ...headers, ...extra, ...wwwAuthenticate });
      }
      logError(error, { path: endpoint.path }, "api v1 request failed");
      return problemResponse(
        new ApiProblem(
          500,
          "server-error",
          "Server error",
          "Something failed on our side. Retry in a moment; if it persists, tell us the time of the request.",
        ),
        headers,
      );
    }
  });
}
