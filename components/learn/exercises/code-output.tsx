import type { Outcome } from "./code-runners";

type Run = { status: "idle" } | { status: "running" } | Outcome;

function Logs({ logs }: { logs: string[] }) {
  if (logs.length === 0) return null;
  return (
    <div>
      <p className="text-sm font-semibold text-slate-700 dark:text-slate-300">Output</p>
      <pre
        data-testid="code-output"
        className="mt-1 max-h-48 overflow-auto rounded-lg bg-slate-900 p-3 font-mono text-xs whitespace-pre-wrap text-slate-100"
      >
        {logs.join("\n")}
      </pre>
    </div>
  );
}

export function CodeOutput({ run }: { run: Run }) {
  if (run.status === "timeout")
    return (
      <p
        data-testid="code-verdict"
        className="rounded-lg bg-rose-50 px-4 py-3 text-sm text-rose-900 dark:bg-rose-950/50 dark:text-rose-100"
      >
        ✗ Your code ran for more than {run.seconds} seconds and was stopped. Look for a loop that never ends.
      </p>
    );
  if (run.status === "failed")
    return (
      <div className="space-y-3">
        <pre
          data-testid="code-verdict"
          className="overflow-x-auto rounded-lg bg-rose-50 p-4 font-mono text-sm whitespace-pre-wrap text-rose-900 dark:bg-rose-950/50 dark:text-rose-100"
        >
          {run.message}
        </pre>
        <Logs logs={run.logs} />
      </div>
    );
  if (run.status !== "done") return null;
  const allPassed = run.results.length > 0 && run.results.every((r) => r.passed);
  return (
    <div className="space-y-3">
      <p
        data-testid="code-verdict"
        className={
          allPassed
            ? "rounded-lg bg-emerald-50 px-4 py-3 text-sm font-semibold text-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-100"
            : "rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:bg-amber-950/50 dark:text-amber-100"
        }
      >
        {allPassed
          ? "✓ All tests pass in your browser."
          : `✗ ${run.results.filter((r) => !r.passed).length} of ${run.results.length} tests fail.`}
      </p>
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-700 dark:bg-slate-950">
        {run.results.map((result) => (
          <li key={result.name} className="px-4 py-2.5">
            <p
              className={
                result.passed
                  ? "text-emerald-800 dark:text-emerald-300"
                  : "font-medium text-rose-800 dark:text-rose-300"
              }
            >
              <span aria-hidden="true">{result.passed ? "✓ " : "✗ "}</span>
              <span className="sr-only">{result.passed ? "Passed: " : "Failed: "}</span>
              {result.name}
            </p>
            {!result.passed && (
              <dl className="mt-1 grid grid-cols-[5rem_1fr] gap-x-2 font-mono text-xs text-slate-700 dark:text-slate-300">
                {result.expected !== null && (
                  <>
                    <dt>expected</dt>
                    <dd className="break-all">{result.expected}</dd>
                  </>
                )}
                <dt>{result.error ? "error" : "got"}</dt>
                <dd className="break-all whitespace-pre-wrap">{result.error ?? result.actual}</dd>
              </dl>
            )}
          </li>
        ))}
      </ul>
      <Logs logs={run.logs} />
    </div>
  );
}
