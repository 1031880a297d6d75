"use client";
// Runs a JavaScript test suite against the shown reference implementation in a fresh worker per run.
import { useCallback, useEffect, useRef } from "react";
import { CODE_TIME_LIMIT_MS, type Engine, type Outcome } from "./code-runners";
import type { SuiteWorkerRequest, SuiteWorkerResponse } from "./tests-protocol";

export function useJavascriptSuiteRunner(reference: string) {
  const active = useRef<Worker | null>(null);
  useEffect(() => () => active.current?.terminate(), []);
  const run = useCallback(
    (suite: string) =>
      new Promise<Outcome>((resolve) => {
        active.current?.terminate();
        const worker = new Worker(new URL("./tests.worker.ts", import.meta.url), { type: "module" });
        active.current = worker;
        let timer: number | undefined;
        const finish = (outcome: Outcome) => {
          window.clearTimeout(timer);
          worker.terminate();
          if (active.current === worker) active.current = null;
          resolve(outcome);
        };
        worker.onmessage = (event: MessageEvent<SuiteWorkerResponse>) => {
          const message = event.data;
          if (message.type === "started") {
            const seconds = CODE_TIME_LIMIT_MS / 1000;
            timer = window.setTimeout(() => finish({ status: "timeout", seconds }), CODE_TIME_LIMIT_MS);
            return;
          }
          finish(
            message.type === "done"
              ? { status: "done", results: message.results, logs: [] }
              : { status: "failed", message: message.message, logs: [] },
          );
        };
        worker.onerror = (event) => {
          event.preventDefault();
          finish({ status: "failed", message: event.message || "Your tests could not be run.", logs: [] });
        };
        const request: SuiteWorkerRequest = { subject: reference, suite };
        worker.postMessage(request);
      }),
    [reference],
  );
  return { engine: { status: "ready" } as Engine, run };
}
