// A "small service" exercise's request suite (issue 29's second kind): HTTP-like requests sent in order to the
// learner's handlers (state persists between them), and what each response must be. Pure: the sandbox runs the
// handlers (sandbox/engines/quickjs-service.mjs) and this file judges the responses.
import { deepEqual, formatValue } from "../code-check";
import type { RequestCase, ServiceResponse } from "../../content/service-schema";

// The suite's schemas live with the course format (lib/content/service-schema.ts); this file holds no zod so
// that the browser's runner can judge with it too.
export type { RequestCase, ServiceRequest, ServiceResponse } from "../../content/service-schema";
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

/** What a step expects, in one line: `status 201 · location: /links/0001 · body {…}`. */
export function describeExpectation(step: RequestCase): string {
  const parts: string[] = [];
  if (step.expect.status !== undefined) parts.push(`status ${step.expect.status}`);
  for (const [name, value] of Object.entries(step.expect.headers ?? {})) parts.push(`${name.toLowerCase()}: ${value}`);
  if ("body" in step.expect) parts.push(`body ${formatValue(step.expect.body)}`);
  return parts.join(" · ") || "any response";
}

/** What came back, in the same shape (only the headers the step looks at). */
export function describeOutcome(step: RequestCase, outcome: RequestOutcome): string {
  if ("error" in outcome) return `your handler threw ${outcome.error}`;
  const { response } = outcome;
  const lower = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const parts = [`status ${response.status}`];
  for (const name of Object.keys(step.expect.headers ?? {}))
    parts.push(`${name.toLowerCase()}: ${lower[name.toLowerCase()] ?? "(none)"}`);
  parts.push(response.body === undefined ? "no body" : `body ${formatValue(response.body)}`);
  return parts.join(" · ");
}
