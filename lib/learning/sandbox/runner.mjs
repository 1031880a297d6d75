// Child process that runs one learner submission and reports raw results to its parent (run-sandbox.ts).
// It starts with an empty environment, Node's permission model (read access only to the engines it
// loads, no writes, no child processes, no workers) and a heap limit; the parent kills it on a timeout.
// It is plain JavaScript because it is started by `node` itself; the grading logic stays in TypeScript.
import { constants as fsConstants } from "node:fs";
import os from "node:os";
import vm from "node:vm";

// Emscripten (Pyodide) asks process.binding for fs constants, which the permission model refuses.
process.binding = (name) => {
  if (name === "constants") return { fs: fsConstants, os: os.constants };
  throw new Error(`process.binding(${name}) is not available in the exercise sandbox`);
};

const send = process.send.bind(process);
// The learner's code has no business with the network or with this channel.
for (const name of ["fetch", "WebSocket", "EventSource"]) delete globalThis[name];
delete process.send;
delete process.getBuiltinModule;

/** Tells the parent the engine is up: its time limit for the learner's code starts now. */
const loaded = () => send({ loaded: true });

const describe = (error) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

async function runSql({ setup, statements, baseDataDir }) {
  const { PGlite } = await import("@electric-sql/pglite");
  let loadDataDir;
  if (baseDataDir) {
    const { readFile } = await import("node:fs/promises");
    loadDataDir = new Blob([await readFile(baseDataDir)]);
  }
  const db = await PGlite.create(loadDataDir ? { loadDataDir } : {});
  try {
    await db.exec(setup);
  } catch (error) {
    return { setupError: pgError(error) };
  }
  const [types] = await db.exec("SELECT oid FROM pg_type", { rowMode: "array" });
  loaded();
  const identity = (value) => value;
  const parsers = Object.fromEntries(types.rows.map((row) => [Number(row[0]), identity]));
  const results = [];
  for (const sql of statements) {
    // Each statement starts from the same data: its transaction is always rolled back.
    await db.exec("BEGIN");
    try {
      const sets = await db.exec(sql, { rowMode: "array", parsers });
      const last = [...sets].reverse().find((r) => r.fields.length > 0);
      results.push(
        last
          ? {
              columns: last.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })),
              rows: last.rows.map((row) =>
                row.map((cell) => (cell === null || cell === undefined ? null : String(cell))),
              ),
            }
          : { noResult: true },
      );
    } catch (error) {
      results.push({ error: pgError(error) });
    } finally {
      await db.exec("ROLLBACK").catch(() => undefined);
    }
  }
  return { results };
}

function pgError(error) {
  const fields = typeof error === "object" && error !== null ? error : {};
  return {
    message: String(fields.message ?? error),
    severity: fields.severity,
    detail: fields.detail,
    hint: fields.hint,
    position: fields.position,
  };
}

// Runs inside the learner's context: the tests travel as JSON text and the report leaves as JSON text, so
// no object of this realm ever reaches the learner's code.
const JS_HARNESS = `(() => {
  "use strict";
  const logs = [];
  const capture = (...args) => { if (logs.length < 50) logs.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")); };
  globalThis.console = { log: capture, info: capture, warn: capture, error: capture };
  /** Tells the parent the engine is up: its time limit for the learner's code starts now. */
const loaded = () => send({ loaded: true });

const describe = (error) => String(error && error.name ? error.name + ": " + error.message : error);
  globalThis.__runTests = async (testsJson, learner, loadError, functionName) => {
    const results = [];
    if (loadError) return JSON.stringify({ loadError, logs });
    if (typeof learner !== "function") return JSON.stringify({ loadError: "Define a function named " + functionName + ".", logs });
    for (const test of JSON.parse(testsJson)) {
      try {
        const value = await learner(...test.args);
        results.push(value === undefined ? { name: test.name, undefined: true } : { name: test.name, json: JSON.stringify(value) });
      } catch (error) {
        results.push({ name: test.name, error: describe(error) });
      }
    }
    return JSON.stringify({ results, logs });
  };
})();`;

async function runJavascript({ source, functionName, tests }) {
  // A fresh context with string code generation off; the learner's source is compiled by the vm itself.
  // The web APIs the browser worker also offers: exercises use atob and URL. They are this realm's
  // functions, but with code generation from strings off for the whole process, their constructors
  // cannot compile anything.
  const globals = Object.assign(Object.create(null), { atob, btoa, URL, URLSearchParams, TextEncoder, TextDecoder });
  const context = vm.createContext(globals, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(JS_HARNESS, context);
  loaded();
  let loadError = "";
  try {
    vm.runInContext(
      `globalThis.__learner = (function () { "use strict";\n${source}\n;return typeof ${functionName} === "function" ? ${functionName} : undefined; })();`,
      context,
      { timeout: 2000 },
    );
  } catch (error) {
    loadError = `Your code does not run: ${describe(error)}`;
  }
  context.__tests = JSON.stringify(tests.map((t) => ({ name: t.name, args: t.args })));
  context.__loadError = loadError;
  context.__functionName = functionName;
  vm.runInContext(
    "__runTests(__tests, globalThis.__learner, __loadError, __functionName).then((r) => { globalThis.__report = r; }, (e) => { globalThis.__report = JSON.stringify({ loadError: String(e) }); });",
    context,
  );
  // The learner's functions may be async: wait for the report without handing the context a callback.
  for (;;) {
    const report = context.__report;
    if (typeof report === "string") return JSON.parse(report);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function runPython({ indexURL, harness, source, tests }) {
  const { loadPyodide } = await import("pyodide");
  // `jsglobals` keeps the interpreter's `js` module away from this process's globals.
  const pyodide = await loadPyodide({
    indexURL,
    jsglobals: Object.create(null),
    stdout: () => undefined,
    stderr: () => undefined,
  });
  const run = pyodide.runPython(harness);
  loaded();
  const report = run(source, tests);
  const text = String(report);
  report.destroy?.();
  return JSON.parse(text);
}

/**
 * An empty, initialised data directory: loading it skips initdb (seconds) for every later run. Only the
 * `postgres` database is kept (exercises never create databases, so the two templates are dead weight: they
 * halve the download and what the browser unpacks), checkpointed so that opening it replays no WAL.
 */
async function makeSqlBase() {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create();
  await db.exec("UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')");
  await db.exec("DROP DATABASE template0");
  await db.exec("DROP DATABASE template1");
  await db.exec("CHECKPOINT");
  const dump = await db.dumpDataDir("gzip");
  await db.close();
  return new Uint8Array(await dump.arrayBuffer());
}

const RUNNERS = { "sql-base": makeSqlBase, sql: runSql, javascript: runJavascript, python: runPython };

process.once("message", async (job) => {
  try {
    const runner = RUNNERS[job.kind];
    if (!runner) throw new Error(`unknown job kind ${job.kind}`);
    send({ ok: true, value: await runner(job) }, () => process.exit(0));
  } catch (error) {
    send({ ok: false, error: describe(error) }, () => process.exit(0));
  }
});
