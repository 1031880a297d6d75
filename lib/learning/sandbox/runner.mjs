// Child process that runs one exercise job and writes its raw outcome to stdout (run-sandbox.ts reads it).
// It is the trusted half: learner code runs only inside the engines it starts (QuickJS for JavaScript,
// Pyodide in an empty V8 realm for Python, PGlite for SQL), never in this realm. Around it: no
// environment, Node's permission model (reads only the engines' files; no writes, child processes or
// workers), and, where the host allows, a bubblewrap sandbox with no network (isolation.ts).
// Protocol: one JSON job on stdin; on stdout a line {"loaded":true} when the engine is up, then one line
// {"ok":true,"value":…} or {"ok":false,"error":"…"}.
import { constants as fsConstants } from "node:fs";
import os from "node:os";
import { runJavascript } from "./engines/quickjs.mjs";
import { runJavascriptSuite } from "./engines/quickjs-suite.mjs";
import { runJavascriptService } from "./engines/quickjs-service.mjs";
import { makePythonSnapshot, runPythonProgram } from "./engines/pyodide-realm.mjs";
import { runSql } from "./engines/pglite-sql.mjs";
import { runPythonService } from "./engines/pyodide-service.mjs";

// PGlite asks process.binding for fs constants, which the permission model refuses.
process.binding = (name) => {
  if (name === "constants") return { fs: fsConstants, os: os.constants };
  throw new Error(`process.binding(${name}) is not available in the exercise sandbox`);
};

const write = (message) => new Promise((resolve) => process.stdout.write(`${JSON.stringify(message)}\n`, resolve));
const describe = (error) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
let loadedAt = 0;
const loaded = () => {
  loadedAt = Date.now();
  void write({ loaded: true });
};

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
  return Buffer.from(await dump.arrayBuffer()).toString("base64");
}

const RUNNERS = {
  "sql-base": makeSqlBase,
  sql: (job) => runSql(job, { loaded }),
  javascript: (job) => runJavascript(job, { loaded, deadline: () => (loadedAt || Date.now()) + job.runMs }),
  python: (job) => runPythonProgram(job, { loaded, runMs: job.runMs }),
  "python-snapshot": makePythonSnapshot,
  "python-service": (job) => runPythonService(job, { loaded, runMs: job.runMs }),
  "javascript-suite": (job) =>
    runJavascriptSuite(job, { loaded, deadline: () => (loadedAt || Date.now()) + job.runMs }),
  "javascript-service": (job) =>
    runJavascriptService(job, { loaded, deadline: () => (loadedAt || Date.now()) + job.runMs }),
};

async function readJob() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

try {
  const job = await readJob();
  const runner = RUNNERS[job.kind];
  if (!runner) throw new Error(`unknown job kind ${job.kind}`);
  const value = await runner(job);
  if (value && value.timedOut) await write({ ok: false, error: "timed out", timedOut: true });
  else await write({ ok: true, value });
} catch (error) {
  await write({ ok: false, error: describe(error), timedOut: /timed out/i.test(String(error?.message)) });
}
process.exit(0);
