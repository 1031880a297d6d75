"use client";
// Function name, starter, solution and test cases of a code exercise; "Run the tests" runs the solution in
// the learners' own sandboxed worker.
import { useRef, useState } from "react";
import { clsx } from "clsx";
import type { CodeWorkerRequest, CodeWorkerResponse } from "@/components/learn/exercises/code-protocol";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import type { JavascriptExercise as CodeExercise } from "@/lib/content/schema";
import type { CodeTestResult } from "@/lib/learning/code-check";
import { SMALL_BUTTON } from "./call-action";
import { MonoField } from "./mono-field";
import { Errors } from "./quiz-editor";

const LABEL = "block text-sm font-medium text-slate-900 dark:text-slate-100";
const MONO = clsx(INPUT_STYLES, "mt-1 font-mono");
const TIME_LIMIT_MS = 3_000;

type Run =
  | { status: "idle" | "running" }
  | { status: "done"; results: CodeTestResult[] }
  | { status: "failed"; message: string };

export function CodeExerciseEditor({
  exercise,
  onChange,
  errorsFor,
}: {
  exercise: CodeExercise;
  onChange: (exercise: CodeExercise) => void;
  errorsFor: (path: string) => string[];
}) {
  const [run, setRun] = useState<Run>({ status: "idle" });
  const [testsText, setTestsText] = useState(() => JSON.stringify(exercise.tests, null, 2));
  const [testsError, setTestsError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);

  const onTests = (text: string) => {
    setTestsText(text);
    try {
      const tests = JSON.parse(text) as CodeExercise["tests"];
      if (!Array.isArray(tests)) throw new Error("not a list");
      setTestsError(null);
      onChange({ ...exercise, tests });
    } catch {
      setTestsError('Write the tests as a JSON list: [{ "name": "…", "args": [1], "expected": 2 }].');
    }
  };

  const execute = () => {
    worker.current?.terminate();
    const w = new Worker(new URL("../learn/exercises/code.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    setRun({ status: "running" });
    let timer: number | undefined;
    w.onmessage = (event: MessageEvent<CodeWorkerResponse>) => {
      const message = event.data;
      if (message.type === "started") {
        timer = window.setTimeout(() => {
          w.terminate();
          setRun({ status: "failed", message: `The solution did not finish within ${TIME_LIMIT_MS / 1000} s.` });
        }, TIME_LIMIT_MS);
        return;
      }
      window.clearTimeout(timer);
      w.terminate();
      setRun(
        message.type === "done"
          ? { status: "done", results: message.results }
          : { status: "failed", message: message.message },
      );
    };
    const request: CodeWorkerRequest = {
      source: exercise.solution,
      functionName: exercise.functionName,
      tests: exercise.tests,
    };
    w.postMessage(request);
  };

  const passed = run.status === "done" ? run.results.filter((r) => r.passed).length : 0;
  return (
    <div className="space-y-4">
      <label className={clsx(LABEL, "max-w-xs")}>
        Function name
        <input
          value={exercise.functionName}
          onChange={(e) => onChange({ ...exercise, functionName: e.target.value })}
          className={MONO}
          spellCheck={false}
        />
      </label>
      <Errors messages={errorsFor("exercise.functionName")} />
      <MonoField
        label="Starter code"
        value={exercise.starter}
        onChange={(starter) => onChange({ ...exercise, starter })}
      />
      <MonoField
        label="Solution"
        rows={6}
        value={exercise.solution}
        onChange={(solution) => onChange({ ...exercise, solution })}
      />
      <MonoField label="Tests (JSON)" rows={6} value={testsText} onChange={onTests} />
      {testsError ? <p className="text-sm text-rose-700 dark:text-rose-300">{testsError}</p> : null}
      <Errors messages={errorsFor("exercise.tests")} />
      <div className="space-y-2" aria-live="polite">
        <button type="button" className={SMALL_BUTTON} onClick={execute} disabled={run.status === "running"}>
          {run.status === "running" ? "Running…" : "Run the tests against the solution"}
        </button>
        {run.status === "done" ? (
          <div data-testid="code-solution-verdict">
            <p
              className={clsx(
                "text-sm font-medium",
                passed === run.results.length
                  ? "text-emerald-800 dark:text-emerald-300"
                  : "text-rose-800 dark:text-rose-300",
              )}
            >
              {passed} of {run.results.length} tests pass.
            </p>
            <ul className="mt-1 space-y-1 text-sm text-slate-800 dark:text-slate-200">
              {run.results
                .filter((r) => !r.passed)
                .map((r) => (
                  <li key={r.name}>
                    ✗ {r.name}: expected {r.expected}, got {r.error ?? r.actual}
                  </li>
                ))}
            </ul>
          </div>
        ) : null}
        {run.status === "failed" ? <p className="text-sm text-rose-800 dark:text-rose-300">{run.message}</p> : null}
      </div>
    </div>
  );
}
