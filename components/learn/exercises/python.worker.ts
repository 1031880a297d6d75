// Web Worker: Python (Pyodide) in the browser. The interpreter and standard library come from our own
// origin (/api/learn/assets/pyodide/<version>/), downloaded once with progress and then cached. The page
// terminates this worker when a run passes its time limit and starts a fresh one. A service project with a
// database gets a fresh PGlite per run; the harness hands each query its handlers await out to it (no event loop).
import { PYTHON_HARNESS } from "@/lib/learning/python-harness";
import { PYTHON_DATABASE_SERVICE_HARNESS, PYTHON_SERVICE_HARNESS } from "@/lib/learning/service/python-service-harness";
import { openProjectDatabase } from "./project-database";
import type { PythonServiceReport, PythonWorkerRequest, PythonWorkerResponse } from "./python-protocol";

type Pyodide = {
  runPython: (code: string, options?: { globals?: unknown }) => unknown;
  toPy: (value: object) => unknown;
};
type RunHarness = ((source: string, tests: string) => string) & { destroy?: () => void };
type RunService = (files: string, entry: string, requests: string) => string;
type StepService = (message: string) => string;
type Harnesses = { tests: RunHarness; service: RunService; database: StepService };
type StepReply = { query: { sql: string; params: unknown[] } } | { done: unknown };

const reply = (message: PythonWorkerResponse) => self.postMessage(message);
let harness: Promise<Harnesses> | null = null;
let pgliteModule: Promise<typeof import("@electric-sql/pglite")> | null = null;

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

async function load(indexURL: string, database: boolean): Promise<Harnesses> {
  // PGlite's chunk is loaded before importScripts goes (below).
  if (database) pgliteModule = import("@electric-sql/pglite");
  await Promise.all([prefetchWithProgress(indexURL), pgliteModule]);
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
    database: pyodide.runPython(PYTHON_DATABASE_SERVICE_HARNESS, { globals: pyodide.toPy({}) }) as StepService,
  };
}

/** One run of a project with a database: the harness steps, each query it asks for answered by PGlite. */
async function runWithDatabase(
  step: StepService,
  message: Extract<PythonWorkerRequest, { type: "service" }>,
  database: NonNullable<Extract<PythonWorkerRequest, { type: "service" }>["database"]>,
) {
  let opened;
  try {
    opened = await openProjectDatabase(pgliteModule ?? import("@electric-sql/pglite"), database);
  } catch (error) {
    const loadError = error instanceof Error ? error.message : String(error);
    return reply({ type: "service-report", id: message.id, report: { loadError, stdout: "" } });
  }
  // The clock starts now: the database's start is not the learner's code.
  reply({ type: "started", id: message.id });
  try {
    let next = JSON.parse(
      step(JSON.stringify({ start: [message.files, message.entry, message.requests] })),
    ) as StepReply;
    while ("query" in next) {
      const answer = await opened.answer(next.query.sql, next.query.params);
      next = JSON.parse(step(`{"answer":${answer}}`)) as StepReply;
    }
    reply({ type: "service-report", id: message.id, report: next.done as PythonServiceReport });
  } catch (error) {
    const loadError = `Your service could not be run: ${error instanceof Error ? error.message : String(error)}`;
    reply({ type: "service-report", id: message.id, report: { loadError, stdout: "" } });
  } finally {
    await opened.close();
  }
}

self.onmessage = async (event: MessageEvent<PythonWorkerRequest>) => {
  const message = event.data;
  if (message.type === "load") {
    const started = performance.now();
    harness = load(message.indexURL, message.database === true);
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
  if (message.type === "service" && message.database) return runWithDatabase(run.database, message, message.database);
  reply({ type: "started", id: message.id });
  if (message.type === "service") {
    const text = run.service(JSON.stringify(message.files), message.entry, JSON.stringify(message.requests));
    return reply({ type: "service-report", id: message.id, report: JSON.parse(text) });
  }
  reply({ type: "report", id: message.id, report: JSON.parse(run.tests(message.source, message.tests)) });
};
