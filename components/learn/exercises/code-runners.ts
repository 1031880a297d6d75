"use client";
// Runs the learner's code in the browser: JavaScript in a fresh worker per run, Python in a Pyodide worker
// kept warm between runs. Both stop a run at the time limit (terminating the worker); the server checks
// the answer again before anything is saved.
import { useCallback, useEffect, useRef, useState } from "react";
import type { CodeTestCase } from "@/lib/learning/code-check";
import type { CodeWorkerRequest } from "./code-protocol";
import type { RequestCase, RequestOutcome } from "@/lib/learning/service/request-suite";
import type { PythonServiceReport, PythonWorkerRequest, PythonWorkerResponse } from "./python-protocol";
import { serviceCaseResults } from "./service-results";

/** Wall-clock limit for the learner's code, counted from when the worker starts running it. */
export const CODE_TIME_LIMIT_MS = 3_000;
export const PYTHON_TIME_LIMIT_MS = 5_000;

export type CaseResult = {
  name: string;
  passed: boolean;
  expected: string | null;
  actual: string | null;
  error: string | null;
};
export type Outcome =
  | { status: "timeout"; seconds: number }
  | { status: "failed"; message: string; logs: string[] }
  | { status: "done"; results: CaseResult[]; logs: string[] };

export type Engine =
  { status: "ready" } | { status: "loading"; loaded: number; total: number } | { status: "failed"; message: string };

/** What a worker that runs once reports: it started (the clock starts), it finished, or it could not run. */
type RunReply =
  | { type: "started" }
  | { type: "done"; results: CaseResult[]; logs?: string[] }
  | { type: "failed"; message: string; logs?: string[] };

/**
 * Runs each request in a fresh worker from `spawn` (nothing leaks between runs, and terminate() always ends a
 * runaway loop), stopped CODE_TIME_LIMIT_MS after the worker starts running it. A new run, or unmounting, ends
 * the one before. `spawn` must be stable (defined outside the component).
 */
export function useFreshWorkerRun<Request>(spawn: () => Worker, cannotRun: string) {
  const active = useRef<Worker | null>(null);
  useEffect(() => () => active.current?.terminate(), []);
  return useCallback(
    (request: Request) =>
      new Promise<Outcome>((resolve) => {
        active.current?.terminate();
        const worker = spawn();
        active.current = worker;
        let timer: number | undefined;
        const finish = (outcome: Outcome) => {
          window.clearTimeout(timer);
          worker.terminate();
          if (active.current === worker) active.current = null;
          resolve(outcome);
        };
        worker.onmessage = (event: MessageEvent<RunReply>) => {
          const message = event.data;
          if (message.type === "started") {
            timer = window.setTimeout(
              () => finish({ status: "timeout", seconds: CODE_TIME_LIMIT_MS / 1000 }),
              CODE_TIME_LIMIT_MS,
            );
            return;
          }
          const logs = message.logs ?? [];
          finish(
            message.type === "done"
              ? { status: "done", results: message.results, logs }
              : { status: "failed", message: message.message, logs },
          );
        };
        worker.onerror = (event) => {
          event.preventDefault();
          finish({ status: "failed", message: event.message || cannotRun, logs: [] });
        };
        worker.postMessage(request);
      }),
    [spawn, cannotRun],
  );
}

const spawnCodeWorker = () => new Worker(new URL("./code.worker.ts", import.meta.url), { type: "module" });

export function useJavascriptRunner(functionName: string, tests: CodeTestCase[]) {
  const runInWorker = useFreshWorkerRun<CodeWorkerRequest>(spawnCodeWorker, "Your code could not be run.");
  const run = useCallback(
    (source: string) => runInWorker({ source, functionName, tests }),
    [runInWorker, functionName, tests],
  );
  return { engine: { status: "ready" } as Engine, run };
}

const humanName = (name: string) => name.replace(/^test_/, "").replace(/_/g, " ");

/** `database`: a service project with a database runs here, so the worker loads PGlite beside Python. */
export function usePythonRunner(tests: string, indexURL: string, enabled: boolean, database = false) {
  const [engine, setEngine] = useState<Engine>({ status: "loading", loaded: 0, total: 0 });
  const [generation, setGeneration] = useState(0);
  const worker = useRef<Worker | null>(null);
  const pending = useRef<{
    id: number;
    resolve: (outcome: Outcome) => void;
    timer?: number;
    /** A service run's visible requests, judged here as the answers come back. */
    steps?: RequestCase[];
  } | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const w = new Worker(new URL("./python.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    w.onmessage = (event: MessageEvent<PythonWorkerResponse>) => {
      const message = event.data;
      if (message.type === "progress")
        return setEngine({ status: "loading", loaded: message.loaded, total: message.total });
      if (message.type === "ready") {
        document.documentElement.dataset.pythonStartupMs = String(message.startupMs);
        return setEngine({ status: "ready" });
      }
      if (message.type === "failed") return setEngine({ status: "failed", message: message.message });
      const current = pending.current;
      if (!current || current.id !== message.id) return;
      if (message.type === "started") {
        current.timer = window.setTimeout(() => {
          pending.current = null;
          current.resolve({ status: "timeout", seconds: PYTHON_TIME_LIMIT_MS / 1000 });
          // The interpreter is stuck in the learner's loop: replace it (it reloads from the browser cache).
          setEngine({ status: "loading", loaded: 0, total: 0 });
          setGeneration((g) => g + 1);
        }, PYTHON_TIME_LIMIT_MS);
        return;
      }
      window.clearTimeout(current.timer);
      pending.current = null;
      if (message.type === "service-report")
        return current.resolve(serviceOutcome(message.report, current.steps ?? []));
      const { report } = message;
      const logs = report.stdout ? report.stdout.split("\n") : [];
      current.resolve(
        report.loadError
          ? { status: "failed", message: report.loadError, logs }
          : {
              status: "done",
              logs,
              results: report.results.map((r) => ({
                name: humanName(r.name),
                passed: r.passed,
                expected: null,
                actual: null,
                error: r.error,
              })),
            },
      );
    };
    w.onerror = () =>
      setEngine({ status: "failed", message: "Python could not start in this browser. Try reloading the page." });
    const load: PythonWorkerRequest = { type: "load", indexURL, database };
    w.postMessage(load);
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [indexURL, generation, enabled, database]);

  const run = useCallback(
    (source: string) =>
      new Promise<Outcome>((resolve) => {
        if (!worker.current || pending.current)
          return resolve({ status: "failed", message: "Python is still starting. Try again in a moment.", logs: [] });
        const id = Date.now();
        pending.current = { id, resolve };
        const request: PythonWorkerRequest = { type: "run", id, source, tests };
        worker.current.postMessage(request);
      }),
    [tests],
  );
  /** Sends a service project's visible requests to its `handle(request)`, in order, in one fresh import. */
  const runService = useCallback(
    (
      files: Record<string, string>,
      entry: string,
      steps: RequestCase[],
      database?: { path: string; schema: string; baseDataDir: string },
    ) =>
      new Promise<Outcome>((resolve) => {
        if (!worker.current || pending.current)
          return resolve({ status: "failed", message: "Python is still starting. Try again in a moment.", logs: [] });
        const id = Date.now();
        pending.current = { id, resolve, steps };
        const request: PythonWorkerRequest = {
          type: "service",
          id,
          files,
          entry,
          requests: steps.map((s) => s.request),
          database,
        };
        worker.current.postMessage(request);
      }),
    [],
  );
  return { engine, run, runService };
}

function serviceOutcome(report: PythonServiceReport, steps: RequestCase[]): Outcome {
  const logs = report.stdout ? report.stdout.split("\n") : [];
  if ("loadError" in report) return { status: "failed", message: report.loadError, logs };
  return { status: "done", logs, results: serviceCaseResults(steps, report.outcomes as RequestOutcome[]) };
}
