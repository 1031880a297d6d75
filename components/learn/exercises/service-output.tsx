"use client";
// The visible requests' results in the browser: each request's method and path, and for a failing one what was
// expected, what came back and why it does not match.
import type { RequestCase } from "@/lib/learning/service/request-suite";
import type { Outcome } from "./code-runners";

type Run = { status: "idle" } | { status: "running" } | Outcome;

const BOX = "rounded-lg px-4 py-3 text-sm";

export function ServiceOutput({ run, steps }: { run: Run; steps: RequestCase[] }) {
  if (run.status === "timeout")
    return (
      <p
        data-testid="code-verdict"
        className={`${BOX} bg-rose-50 text-rose-900 dark:bg-rose-950/50 dark:text-rose-100`}
      >
        ✗ Your service ran for more than {run.seconds} seconds and was stopped. Look for a loop that never ends.
      </p>
    );
  if (run.status === "failed")
    return (
      <pre
        data-testid="code-verdict"
        className="overflow-x-auto rounded-lg bg-rose-50 p-4 font-mono text-sm whitespace-pre-wrap text-rose-900 dark:bg-rose-950/50 dark:text-rose-100"
      >
        {run.message}
      </pre>
    );
  if (run.status !== "done") return null;
  const failing = run.results.filter((r) => !r.passed).length;
  return (
    <div className="space-y-3">
      <p
        data-testid="code-verdict"
        className={
          failing === 0
            ? `${BOX} bg-emerald-50 font-semibold text-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-100`
            : `${BOX} bg-amber-50 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100`
        }
      >
        {failing === 0
          ? `✓ All ${run.results.length} requests get the right responses in your browser.`
          : `✗ ${failing} of ${run.results.length} requests get a wrong response.`}
      </p>
      <ol
        aria-label="Requests"
        className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-700 dark:bg-slate-950"
      >
        {run.results.map((result, index) => {
          const step = steps[index];
          return (
            <li key={`${index}-${result.name}`} className="px-4 py-2.5" data-testid="request-result">
              <p
                className={
                  result.passed
                    ? "text-emerald-800 dark:text-emerald-300"
                    : "font-medium text-rose-800 dark:text-rose-300"
                }
              >
                <span aria-hidden="true">{result.passed ? "✓ " : "✗ "}</span>
                <span className="sr-only">{result.passed ? "Passed: " : "Failed: "}</span>
                {step && (
                  <code className="mr-2 font-mono text-xs break-all">
                    {step.request.method} {step.request.path}
                  </code>
                )}
                {result.name}
              </p>
              {!result.passed && (
                <dl className="mt-1 grid grid-cols-[5rem_minmax(0,1fr)] gap-x-2 font-mono text-xs text-slate-700 dark:text-slate-300">
                  {step && "body" in step.request && step.request.body !== undefined && (
                    <>
                      <dt>sent</dt>
                      <dd className="break-all">{JSON.stringify(step.request.body)}</dd>
                    </>
                  )}
                  <dt>expected</dt>
                  <dd className="break-all">{result.expected}</dd>
                  <dt>got</dt>
                  <dd className="break-all whitespace-pre-wrap">{result.actual}</dd>
                  {result.error && (
                    <>
                      <dt>why</dt>
                      <dd className="break-words whitespace-pre-wrap">{result.error}</dd>
                    </>
                  )}
                </dl>
              )}
            </li>
          );
        })}
      </ol>
      {run.logs.length > 0 && (
        <pre
          data-testid="code-output"
          className="max-h-48 overflow-auto rounded-lg bg-slate-900 p-3 font-mono text-xs whitespace-pre-wrap text-slate-100"
        >
          {run.logs.join("\n")}
        </pre>
      )}
    </div>
  );
}
