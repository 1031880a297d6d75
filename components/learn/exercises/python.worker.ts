// Web Worker: Python (Pyodide) in the browser. The interpreter and standard library come from our own
// origin (/api/learn/assets/pyodide/<version>/), downloaded once with progress and then cached. The page
// terminates this worker when a run passes its time limit and starts a fresh one.
import { PYTHON_HARNESS } from "@/lib/learning/python-harness";
import { PYTHON_SERVICE_HARNESS } from "@/lib/learning/service/python-service-harness";
import type { PythonWorkerRequest, PythonWorkerResponse } from "./python-protocol";

type Pyodide = {
  runPython: (code: string, options?: { globals?: unknown }) => unknown;
  toPy: (value: object) => unknown;
};
type RunHarness = ((source: string, tests: string) => string) & { destroy?: () => void };
type RunService = (files: string, entry: string, requests: string) => string;
type Harnesses = { tests: RunHarness; service: RunService };

const reply = (message: PythonWorkerResponse) => self.postMessage(message);
let harness: Promise<Harnesses> | null = null;

// The two large files, fetched first so the page can show progress; Pyodide's own fetch then hits the cache.
const LARGE_FILES = ["pyodide.asm.wasm", "python_stdlib.zip"];

async function prefetchWithProgress(indexURL: string) {
  const sizes = new Map<string, { loaded: number; total: number }>();
  const report = () => {
    let loaded = 0;
    let total = 0;
    for (const size of sizes.values()) {
      loaded += size.loaded;
      total += size.total;
    }
    reply({ type: "progress", loaded, total });
  };
  await Promise.all(
    LARGE_FILES.map(async (name) => {
      const response = await fetch(indexURL + name);
      const total = Number(response.headers.get("Content-Length") ?? 0);
      sizes.set(name, { loaded: 0, total });
      const reader = response.body?.getReader();
      if (!reader) return;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        sizes.get(name)!.loaded += value.byteLength;
        report();
      }
    }),
  );
}

async function load(indexURL: string): Promise<Harnesses> {
  await prefetchWithProgress(indexURL);
  // The bundler starts workers as classic scripts; Pyodide refuses those (it probes importScripts when its module loads) although
  // it only needs dynamic import(), which classic workers have. Our own chunks are loaded by now.
  Object.defineProperty(self, "importScripts", { value: undefined, configurable: true });
  // Loaded at run time from our origin, not bundled: the URL carries the installed version.
  const entry = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${indexURL}pyodide.mjs`)) as {
    loadPyodide: (options: object) => Promise<Pyodide>;
  };
  const pyodide = await entry.loadPyodide({ indexURL, jsglobals: Object.create(null) });
  return {
    tests: pyodide.runPython(PYTHON_HARNESS) as RunHarness,
    // A namespace of its own: both harnesses define _run and _entry.
    service: pyodide.runPython(PYTHON_SERVICE_HARNESS, { globals: pyodide.toPy({}) }) as RunService,
  };
}

self.onmessage = async (event: MessageEvent<PythonWorkerRequest>) => {
  const message = event.data;
  if (message.type === "load") {
    const started = performance.now();
    harness = load(message.indexURL);
    try {
      await harness;
      reply({ type: "ready", startupMs: Math.round(performance.now() - started) });
    } catch (error) {
      reply({
        type: "failed",
        message: `Python could not start in this browser: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    return;
  }
  if (!harness) return;
  const run = await harness;
  reply({ type: "started", id: message.id });
  if (message.type === "service") {
    const text = run.service(JSON.stringify(message.files), message.entry, JSON.stringify(message.requests));
    return reply({ type: "service-report", id: message.id, report: JSON.parse(text) });
  }
  reply({ type: "report", id: message.id, report: JSON.parse(run.tests(message.source, message.tests)) });
};
