// Errors as RFC 9457 problem details: a short title, and a detail sentence that says what to do next.
export const PROBLEM_TYPE_BASE = "/developers/api#problem-";

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Field errors of a refused request: the field's path and what to change. */
  errors?: { field: string; message: string }[];
};

/** A refusal a v1 endpoint throws; the route answers it as application/problem+json. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly errors?: ProblemBody["errors"],
  ) {
    super(detail);
    this.name = "ApiProblem";
  }

  body(): ProblemBody {
    return {
      type: PROBLEM_TYPE_BASE + this.slug,
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export function problemResponse(problem: ApiProblem, headers: HeadersInit = {}): Response {
  const out = new Headers(headers);
  out.set("Content-Type", "application/problem+json");
  out.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(problem.body()), { status: problem.status, headers: out });
}

export const notFound = (what: string) =>
  new ApiProblem(
    404,
    "not-found",
    "Not found",
    `No ${what} with that id is visible to this key. Check the id, or list them first.`,
  );

/** Statuses every documented operation may answer, beside its own. */
export const PROBLEM_TITLES: Record<number, string> = {
  400: "The request is malformed or a field is invalid",
  401: "No valid API key",
  403: "The key lacks the scope",
  404: "Not found (or not visible to this key)",
  409: "Conflict",
  422: "Idempotency-Key reused with a different request",
  429: "Rate limit reached",
  500: "Server error",
};

/** Every problem `type` the API answers (the reference page explains each under #problem-<slug>). */
export const PROBLEM_TYPES: Record<string, string> = {
  unauthorized: "401: no key, or a key that is unknown, revoked, expired or whose account is disabled.",
  "missing-scope": "403: the key lacks the endpoint's scope, or its owner's role no longer allows it.",
  "not-found": "404: nothing with that id is visible to this key (another person's rows answer the same).",
  "invalid-request": "400: a parameter or body field is invalid; `errors` lists each field and what to change.",
  "invalid-json": "400: the body is not JSON.",
  "invalid-idempotency-key": "400: Idempotency-Key must be 1–255 visible ASCII characters.",
  "idempotency-in-progress": "409: a request with this Idempotency-Key is still running; retry shortly.",
  conflict: "409: the change clashes with what exists (an account with that email; your own role).",
  "too-large": "413: the body is over 16 KB.",
  "unsupported-media-type": "415: send the body as application/json.",
  "idempotency-key-reused": "422: the Idempotency-Key was used for a different request.",
  "rate-limited": "429: the key (or address) spent its window; wait Retry-After seconds.",
  "server-error": "500: something failed on our side; retry later.",
};
