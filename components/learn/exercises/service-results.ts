// The visible requests' results as the page shows them, from what a project answered (JavaScript in its worker,
// Python in Pyodide's): one row per request, judged as the server judges.
import {
  describeExpectation,
  describeOutcome,
  judgeResponse,
  type RequestCase,
  type RequestOutcome,
} from "@/lib/learning/service/request-suite";
import type { CaseResult } from "./code-runners";

export function serviceCaseResults(steps: RequestCase[], outcomes: RequestOutcome[]): CaseResult[] {
  return steps.map((step, index) => {
    const outcome = outcomes[index];
    const reason = judgeResponse(step, outcome);
    return {
      name: step.name,
      passed: reason === null,
      expected: describeExpectation(step),
      actual: outcome ? describeOutcome(step, outcome) : null,
      error: reason,
    };
  });
}
