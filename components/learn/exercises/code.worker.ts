// Web Worker: runs the learner's function against the exercise's tests. The page terminates this
// worker when the time limit passes, so an infinite loop cannot freeze the lesson.
import { loadLearnerFunction, runCodeTests } from "@/lib/learning/code-check";
import type { CodeWorkerRequest, CodeWorkerResponse } from "./code-protocol";

const reply = (message: CodeWorkerResponse) => self.postMessage(message);

// The learner's code has no business with the network.
// These live on the prototype, so they are shadowed rather than deleted.
for (const name of ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts", "indexedDB", "caches"]) {
  Object.defineProperty(self, name, { value: undefined, configurable: false, writable: false });
}

self.onmessage = async (event: MessageEvent<CodeWorkerRequest>) => {
  const { source, functionName, tests } = event.data;
  const logs: string[] = [];
  const capture = (...args: unknown[]) => {
    if (logs.length < 50) logs.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
  };
  console.log = capture;
  console.info = capture;
  console.warn = capture;
  console.error = capture;
  reply({ type: "started" });
  try {
    const fn = loadLearnerFunction(source, functionName);
    const results = await runCodeTests(fn, tests);
    reply({ type: "done", results, logs });
  } catch (error) {
    reply({ type: "failed", message: error instanceof Error ? error.message : String(error), logs });
  }
};
