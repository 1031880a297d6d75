// Runs a learner's small multi-file JavaScript or TypeScript service ("small service" exercises) in QuickJS: the
// files are CommonJS modules (`require("./service")`, `module.exports`; TypeScript's types and `import`/`export`
// are stripped first, typescript-strip.mjs), the entry file exports `handle(request)` returning (or resolving to)
// `{ status, headers, body }`. The requests are sent in order to one instance, so state persists from one request
// to the next. Only the responses leave QuickJS; the suite's expectations never enter it. A project with a
// database (`schema.sql`) gets a fresh PGlite for the run, loaded with its schema, and every file sees a global
// `db` whose `query(sql, params)` resolves to `{ rows, rowCount }`: the SQL runs in PGlite out here, only the
// statement text and JSON values cross, and only rows come back in.
import { newQuickJSWASMModuleFromVariant } from "quickjs-emscripten-core";
import variant from "@jitl/quickjs-wasmfile-release-sync";
import { stripTypeScript } from "./typescript-strip.mjs";

const LOADER = String.raw`(() => {
  const sources = JSON.parse(globalThis.__files);
  delete globalThis.__files;
  const cache = Object.create(null);
  const resolve = (from, spec) => {
    if (!spec.startsWith("./") && !spec.startsWith("../")) throw new Error("Cannot find module '" + spec + "': only the project's own files can be required");
    const parts = from.split("/").slice(0, -1);
    for (const part of spec.split("/")) {
      if (part === "..") parts.pop();
      else if (part !== ".") parts.push(part);
    }
    const name = parts.join("/");
    if (name in sources) return name;
    // A TypeScript file names its neighbours without an ending, or with ".js" as Node's TypeScript does.
    if (from.endsWith(".ts")) return name.endsWith(".js") ? name.slice(0, -3) + ".ts" : name + ".ts";
    return name + ".js";
  };
  const load = (name) => {
    if (cache[name]) return cache[name].exports;
    if (!(name in sources)) throw new Error("Cannot find module '" + name + "'");
    const module = { exports: {} };
    cache[name] = module;
    new Function("module", "exports", "require", sources[name])(module, module.exports, (spec) => load(resolve(name, spec)));
    return module.exports;
  };
  return load;
})()`;

// The learner's side of the database: a promise per query, settled from out here when PGlite answers.
const DB = String.raw`(() => {
  const send = globalThis.__dbQuery;
  delete globalThis.__dbQuery;
  const query = (sql, params) => {
    if (typeof sql !== "string") return Promise.reject(new TypeError("db.query(sql, params): sql must be a string"));
    if (params !== undefined && !Array.isArray(params)) return Promise.reject(new TypeError("db.query(sql, params): params must be an array"));
    return send(sql, JSON.stringify(params === undefined ? [] : params)).then((text) => JSON.parse(text));
  };
  globalThis.db = Object.freeze({ query });
})()`;

const CALL = String.raw`(requestJson) => {
  const describe = (error) => String(error && error.name ? error.name + ": " + error.message : error);
  const box = { done: false };
  globalThis.__box = box;
  try {
    Promise.resolve(globalThis.__handle(JSON.parse(requestJson))).then(
      (value) => { box.done = true; box.value = value; },
      (error) => { box.done = true; box.error = describe(error); },
    );
  } catch (error) {
    box.done = true;
    box.error = describe(error);
  }
}`;

const READ = String.raw`(() => {
  const box = globalThis.__box;
  if (!box.done) return JSON.stringify({ pending: true });
  if (box.error !== undefined) return JSON.stringify({ error: box.error });
  const value = box.value;
  if (!value || typeof value !== "object" || !Number.isInteger(value.status))
    return JSON.stringify({ error: "handle() must return { status, headers, body }" });
  try {
    return JSON.stringify({ response: { status: value.status, headers: value.headers || {}, body: value.body } });
  } catch (error) {
    return JSON.stringify({ error: "the response body cannot be written as JSON" });
  }
})()`;

/** PGlite's rows as JSON (a bigint as a number when it fits, else text; a date as its ISO text). */
export function dbResultJson(result) {
  const rows = JSON.stringify(result.rows, (_key, value) =>
    typeof value === "bigint" ? (Number.isSafeInteger(Number(value)) ? Number(value) : String(value)) : value,
  );
  // A statement that returns rows counts them; one that does not (UPDATE without RETURNING) counts what it changed.
  const rowCount = result.fields.length > 0 ? result.rows.length : Number(result.affectedRows ?? 0);
  return `{"rows":${rows},"rowCount":${rowCount}}`;
}

export async function openDatabase(schema, baseDataDir) {
  const { PGlite } = await import("@electric-sql/pglite");
  let loadDataDir;
  if (baseDataDir) {
    const { readFile } = await import("node:fs/promises");
    loadDataDir = new Blob([await readFile(baseDataDir)]);
  }
  const db = await PGlite.create(loadDataDir ? { loadDataDir } : {});
  try {
    await db.exec(schema);
  } catch (error) {
    await db.close().catch(() => undefined);
    return { schemaError: String(error && error.message ? error.message : error) };
  }
  return { db };
}

export async function runJavascriptService(
  { files: sources, entry, requests, database, baseDataDir },
  { loaded, deadline },
) {
  // TypeScript is stripped here, inside the sandbox: the parser reads the learner's text under the sandbox's limits.
  const { files, error } = await stripTypeScript(sources);
  if (error) return { loadError: `Your service does not load: ${error}` };
  let pglite = null;
  if (database) {
    const opened = await openDatabase(database.schema, baseDataDir);
    if (opened.schemaError) return { loadError: `${database.path} does not load: ${opened.schemaError}` };
    pglite = opened.db;
  }
  try {
    return await runProject({ files, entry, requests, pglite }, { loaded, deadline });
  } finally {
    if (pglite) await pglite.close().catch(() => undefined);
  }
}

async function runProject({ files, entry, requests, pglite }, { loaded, deadline }) {
  const QuickJS = await newQuickJSWASMModuleFromVariant(variant);
  const runtime = QuickJS.newRuntime();
  runtime.setMemoryLimit(64 * 1024 * 1024);
  runtime.setMaxStackSize(1024 * 1024);
  const vm = runtime.newContext();
  const timedOut = () => Date.now() > deadline();
  const kept = [];
  /** Queries sent to PGlite and not answered yet: a handler waiting on one is not stuck. */
  const waiting = new Set();
  const evaluate = (code, filename) => {
    const result = vm.evalCode(code, filename);
    if (result.error) {
      const error = vm.dump(result.error);
      result.error.dispose();
      throw new Error(typeof error === "object" && error ? `${error.name}: ${error.message}` : String(error));
    }
    return result.value;
  };
  const text = (handle) => {
    const value = vm.getString(handle);
    handle.dispose();
    return value;
  };
  try {
    const filesHandle = vm.newString(JSON.stringify(files));
    vm.setProp(vm.global, "__files", filesHandle);
    filesHandle.dispose();
    const load = evaluate(LOADER, "loader.js");
    const call = evaluate(CALL, "call.js");
    kept.push(load, call);
    if (pglite) {
      const send = vm.newFunction("__dbQuery", (sqlHandle, paramsHandle) => {
        const sql = vm.getString(sqlHandle);
        const params = JSON.parse(vm.getString(paramsHandle));
        const deferred = vm.newPromise();
        const settled = pglite.query(sql, params).then(
          (result) => {
            if (!vm.alive) return;
            const text = vm.newString(dbResultJson(result));
            deferred.resolve(text);
            text.dispose();
          },
          (error) => {
            if (!vm.alive) return;
            const failure = vm.newError({ name: "DatabaseError", message: String(error?.message ?? error) });
            // PostgreSQL's SQLSTATE, e.g. 23505 for a unique key already taken.
            if (typeof error?.code === "string")
              vm.newString(error.code).consume((code) => vm.setProp(failure, "code", code));
            deferred.reject(failure);
            failure.dispose();
          },
        );
        waiting.add(settled);
        void settled.finally(() => waiting.delete(settled));
        return deferred.handle;
      });
      vm.setProp(vm.global, "__dbQuery", send);
      send.dispose();
      evaluate(DB, "db.js").dispose();
    }
    loaded();
    runtime.setInterruptHandler(timedOut);
    const entryName = vm.newString(entry);
    const loadedEntry = vm.callFunction(load, vm.undefined, entryName);
    entryName.dispose();
    if (loadedEntry.error) {
      const error = vm.dump(loadedEntry.error);
      loadedEntry.error.dispose();
      if (timedOut()) return { timedOut: true };
      return {
        loadError: `Your service does not load: ${error && error.name ? `${error.name}: ${error.message}` : String(error)}`,
      };
    }
    const handle = vm.getProp(loadedEntry.value, "handle");
    loadedEntry.value.dispose();
    if (vm.typeof(handle) !== "function") {
      handle.dispose();
      return { loadError: `${entry} must export a function handle(request).` };
    }
    vm.setProp(vm.global, "__handle", handle);
    handle.dispose();
    const outcomes = [];
    for (const request of requests) {
      const argument = vm.newString(JSON.stringify(request));
      const started = vm.callFunction(call, vm.undefined, argument);
      argument.dispose();
      if (started.error) {
        started.error.dispose();
        if (timedOut()) return { timedOut: true };
        outcomes.push({ error: "the request could not be sent" });
        continue;
      }
      started.value.dispose();
      let outcome;
      for (;;) {
        const jobs = runtime.executePendingJobs();
        if (jobs.error) jobs.error.dispose();
        if (timedOut()) return { timedOut: true };
        outcome = JSON.parse(text(evaluate(READ, "read.js")));
        if (!outcome.pending) break;
        if (!runtime.hasPendingJob()) {
          if (waiting.size > 0) {
            await Promise.race(waiting);
            continue;
          }
          outcome = { error: "the returned promise never settles" };
          break;
        }
      }
      outcomes.push(outcome);
    }
    return { outcomes };
  } catch (error) {
    if (timedOut()) return { timedOut: true };
    throw error;
  } finally {
    // Queries still out are answered before QuickJS goes (their promises live in it).
    await Promise.allSettled([...waiting]);
    runtime.executePendingJobs();
    for (const handle of kept) if (handle.alive) handle.dispose();
    vm.dispose();
    runtime.dispose();
  }
}
