// A "small service" exercise's request suite (issue 29's second kind): HTTP-like requests sent in order to the
// learner's handlers (state persists between them), and what each response must be. Pure: the sandbox runs the
// handlers (sandbox/engines/quickjs-service.mjs) and this file judges the responses.
import { z } from "zod";
import { deepEqual, formatValue } from "../code-check";

const headersSchema = z.record(z.string(), z.string());
export const serviceRequestSchema = z.object({
  method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]),
  path: z.string().startsWith("/"),
  headers: headersSchema.default({}),
  body: z.unknown().optional(),
});
export const serviceResponseSchema = z.object({
  status: z.number().int(),
  headers: headersSchema.default({}),
  body: z.unknown().optional(),
});
/** One step of the suite: a request and what its response must hold (only the fields named are compared). */
export const requestCaseSchema = z.object({
  name: z.string().min(1),
  request: serviceRequestSchema,
  expect: z.object({
    status: z.number().int().optional(),
    /** Each named header must be present with this value (names compared without case). */
    headers: headersSchema.optional(),
    /** The body, compared as JSON (deep equality). */
    body: z.unknown().optional(),
  }),
});
export type ServiceRequest = z.infer<typeof serviceRequestSchema>;
export type ServiceResponse = z.infer<typeof serviceResponseSchema>;
export type RequestCase = z.infer<typeof requestCaseSchema>;
/** What the sandbox reports for one request: the handlers' response, or the error they threw. */
export type RequestOutcome = { response: ServiceResponse } | { error: string };

/** Why a response does not meet its case, or null when it does. */
export function judgeResponse(step: RequestCase, outcome: RequestOutcome | undefined): string | null {
  if (!outcome) return "the request was not sent (an earlier one stopped the run)";
  if ("error" in outcome) return `your handler threw ${outcome.error}`;
  const { response } = outcome;
  if (step.expect.status !== undefined && response.status !== step.expect.status)
    return `expected status ${step.expect.status}, got ${response.status}`;
  const lower = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
  for (const [name, value] of Object.entries(step.expect.headers ?? {})) {
    const actual = lower[name.toLowerCase()];
    if (actual !== value)
      return actual === undefined
        ? `expected a ${name} header of "${value}", got none`
        : `expected a ${name} header of "${value}", got "${actual}"`;
  }
  if ("body" in step.expect && !deepEqual(response.body, step.expect.body))
    return `expected the body ${formatValue(step.expect.body)}, got ${formatValue(response.body)}`;
  return null;
}

export type SuiteVerdict = { passed: boolean; feedback: string; failing: string[] };

/**
 * Judges every step. A hidden step's failure names the step only (its request and expectation stay on the
 * server) unless `forAuthor`.
 */
export function judgeRequestSuite(
  steps: (RequestCase & { hidden?: boolean })[],
  outcomes: RequestOutcome[],
  forAuthor = false,
): SuiteVerdict {
  const failing: string[] = [];
  steps.forEach((step, index) => {
    const reason = judgeResponse(step, outcomes[index]);
    if (reason === null) return;
    const label = `${step.hidden ? "hidden request" : "request"} “${step.name}” (${step.request.method} ${step.hidden && !forAuthor ? "…" : step.request.path})`;
    failing.push(step.hidden && !forAuthor ? `${label} fails` : `${label}: ${reason}`);
  });
  const hidden = steps.filter((s) => s.hidden).length;
  const including = hidden ? ` (${hidden} of them hidden)` : "";
  return failing.length === 0
    ? { passed: true, feedback: `All ${steps.length} requests get the right responses${including}.`, failing }
    : { passed: false, feedback: `${failing.length} of ${steps.length} requests fail${including}.`, failing };
}
