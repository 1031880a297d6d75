"use client";
// Runs a JavaScript test suite against the shown reference implementation in a fresh worker per run.
import { useCallback } from "react";
import { useFreshWorkerRun, type Engine } from "./code-runners";
import type { SuiteWorkerRequest } from "./tests-protocol";

const spawnSuiteWorker = () => new Worker(new URL("./tests.worker.ts", import.meta.url), { type: "module" });

export function useJavascriptSuiteRunner(reference: string) {
  const runInWorker = useFreshWorkerRun<SuiteWorkerRequest>(spawnSuiteWorker, "Your tests could not be run.");
  const run = useCallback((suite: string) => runInWorker({ subject: reference, suite }), [runInWorker, reference]);
  return { engine: { status: "ready" } as Engine, run };
}
