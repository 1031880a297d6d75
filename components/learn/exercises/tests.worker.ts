// Web Worker: runs a learner's test suite ("write the tests") against the reference implementation shown in
// the exercise, with the same test API the server's sandbox uses. The page terminates it at the time limit.
import { JS_TEST_API } from "@/lib/learning/grading/test-api";
import type { SuiteWorkerRequest, SuiteWorkerResponse } from "./tests-protocol";

const reply = (message: SuiteWorkerResponse) => self.postMessage(message);

for (const name of ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts", "indexedDB", "caches"]) {
  Object.defineProperty(self, name, { value: undefined, configurable: false, writable: false });
}

type Result = { name: string; passed: boolean; error: string | null };

self.onmessage = (event: MessageEvent<SuiteWorkerRequest>) => {
  const { subject, suite } = event.data;
  reply({ type: "started" });
  let runSuite: () => string;
  try {
    // Running the learner's tests is the point of the exercise; this worker has no network and a time limit.
    runSuite = new Function(`return ${JS_TEST_API}`)() as () => string;
  } catch (error) {
    return reply({ type: "failed", message: `The test API did not load: ${String(error)}` });
  }
  try {
    new Function(`"use strict";\n${subject}\n;\n${suite}\n;`)();
  } catch (error) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return reply({ type: "failed", message: `Your tests do not run: ${text}` });
  }
  const results = JSON.parse(runSuite()) as Result[];
  reply({
    type: "done",
    results: results.map((r) => ({ ...r, expected: null, actual: null })),
  });
};
