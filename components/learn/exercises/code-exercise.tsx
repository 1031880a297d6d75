"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CodeTestResult } from "@/lib/learning/code-check";
import type { CodeLessonExercise } from "@/lib/learning/schema";
import { CodeEditor } from "./code-editor";
import type { CodeWorkerRequest, CodeWorkerResponse } from "./code-protocol";
import { ExerciseShell, PRIMARY, SECONDARY } from "./exercise-shell";
import { useSaveSolved } from "./use-save-solved";

/** Wall-clock limit for the learner's code, counted from when the worker starts running it. */
export const CODE_TIME_LIMIT_MS = 3_000;

type Run =
  | { status: "idle" }
  | { status: "running" }
  | { status: "timeout" }
  | { status: "failed"; message: string; logs: string[] }
  | { status: "done"; results: CodeTestResult[]; logs: string[] };

export type CodeExerciseProps = { lessonId: string; exercise: CodeLessonExercise; canSave: boolean; completed: boolean };

export default function CodeExercise({ lessonId, exercise, canSave, completed }: CodeExerciseProps) {
  const [source, setSource] = useState(exercise.starter);
  const [run, setRun] = useState<Run>({ status: "idle" });
  const active = useRef<{ worker: Worker; timer?: number } | null>(null);
  const { saveState, save } = useSaveSolved(lessonId, canSave, completed);

  const stop = useCallback(() => {
    if (!active.current) return;
    window.clearTimeout(active.current.timer);
    active.current.worker.terminate();
    active.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  useEffect(() => {
    if (run.status === "done" && run.results.every((r) => r.passed)) save();
  }, [run, save]);

  const execute = useCallback(() => {
    stop();
    // A fresh worker per run: nothing leaks between runs, and terminate() always ends a runaway loop.
    const worker = new Worker(new URL("./code.worker.ts", import.meta.url), { type: "module" });
    const current: { worker: Worker; timer?: number } = { worker };
    active.current = current;
    setRun({ status: "running" });
    worker.onmessage = (event: MessageEvent<CodeWorkerResponse>) => {
      const message = event.data;
      if (message.type === "started") {
        current.timer = window.setTimeout(() => {
          stop();
          setRun({ status: "timeout" });
        }, CODE_TIME_LIMIT_MS);
        return;
      }
      stop();
      setRun(message.type === "done" ? { status: "done", results: message.results, logs: message.logs } : { status: "failed", message: message.message, logs: message.logs });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      setRun({ status: "failed", message: event.message || "Your code could not be run.", logs: [] });
    };
    const request: CodeWorkerRequest = { source, functionName: exercise.functionName, tests: exercise.tests };
    worker.postMessage(request);
  }, [exercise.functionName, exercise.tests, source, stop]);

  const passed = run.status === "done" ? run.results.filter((r) => r.passed).length : 0;
  const status = run.status === "running" ? "Running tests…" : run.status === "done" ? `${passed} of ${run.results.length} tests pass` : `${exercise.tests.length} tests · runs in your browser`;

  return (
    <ExerciseShell
      title="Code exercise"
      status={status}
      editor={<CodeEditor value={source} onChange={setSource} onRun={execute} language="javascript" label={`Your ${exercise.functionName} function`} />}
      actions={
        <>
          <button type="button" className={PRIMARY} onClick={execute} disabled={run.status === "running"}>
            Run tests
          </button>
          <button type="button" className={SECONDARY} onClick={() => setSource(exercise.starter)}>
            Reset code
          </button>
        </>
      }
      output={<CodeOutput run={run} />}
      hints={exercise.hints}
      solution={exercise.solution}
      onShowSolution={() => setSource(exercise.solution)}
      canSave={canSave}
      saveState={saveState}
    />
  );
}

function Logs({ logs }: { logs: string[] }) {
  if (logs.length === 0) return null;
  return (
    <div>
      <p className="text-sm font-semibold text-slate-700 dark:text-slate-300">Console output</p>
      <pre className="mt-1 max-h-48 overflow-auto rounded-lg bg-slate-900 p-3 font-mono text-xs text-slate-100">{logs.join("\n")}</pre>
    </div>
  );
}

function CodeOutput({ run }: { run: Run }) {
  if (run.status === "timeout")
    return (
      <p data-testid="code-verdict" className="rounded-lg bg-rose-50 px-4 py-3 text-sm text-rose-900 dark:bg-rose-950/50 dark:text-rose-100">
        ✗ Your code ran for more than {CODE_TIME_LIMIT_MS / 1000} seconds and was stopped. Look for a loop that never ends.
      </p>
    );
  if (run.status === "failed")
    return (
      <div className="space-y-3">
        <pre data-testid="code-verdict" className="overflow-x-auto rounded-lg bg-rose-50 p-4 font-mono text-sm text-rose-900 dark:bg-rose-950/50 dark:text-rose-100">
          {run.message}
        </pre>
        <Logs logs={run.logs} />
      </div>
    );
  if (run.status !== "done") return null;
  const allPassed = run.results.every((r) => r.passed);
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
        {allPassed ? "✓ All tests pass." : `✗ ${run.results.filter((r) => !r.passed).length} of ${run.results.length} tests fail.`}
      </p>
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-700 dark:bg-slate-950">
        {run.results.map((result) => (
          <li key={result.name} className="px-4 py-2.5">
            <p className={result.passed ? "text-emerald-800 dark:text-emerald-300" : "font-medium text-rose-800 dark:text-rose-300"}>
              <span aria-hidden="true">{result.passed ? "✓ " : "✗ "}</span>
              <span className="sr-only">{result.passed ? "Passed: " : "Failed: "}</span>
              {result.name}
            </p>
            {!result.passed && (
              <dl className="mt-1 grid grid-cols-[5rem_1fr] gap-x-2 font-mono text-xs text-slate-700 dark:text-slate-300">
                <dt>expected</dt>
                <dd className="break-all">{result.expected}</dd>
                <dt>{result.error ? "error" : "got"}</dt>
                <dd className="break-all">{result.error ?? result.actual}</dd>
              </dl>
            )}
          </li>
        ))}
      </ul>
      <Logs logs={run.logs} />
    </div>
  );
}
