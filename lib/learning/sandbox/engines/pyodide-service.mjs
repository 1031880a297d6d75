// Runs a learner's Python service that has a database: a fresh PGlite out here, loaded with the project's schema,
// and Python in its empty realm (pyodide-realm.mjs) running the harness of python-service-harness.ts step by step.
// Each step is one synchronous call into the realm under the time left (V8 stops a loop); between steps the query
// a handler awaits runs in PGlite out here. Only JSON text crosses between the realm and this side.
import vm from "node:vm";
import { startPython } from "./pyodide-realm.mjs";
import { dbResultJson, openDatabase } from "./quickjs-service.mjs";

function databaseError(error) {
  const answer = { error: String(error?.message ?? error) };
  // PostgreSQL's SQLSTATE, e.g. 23505 for a unique key already taken.
  if (typeof error?.code === "string") answer.code = error.code;
  return JSON.stringify(answer);
}

export async function runPythonService(
  { indexURL, snapshot, program, files, entry, requests, database, baseDataDir },
  { loaded, runMs },
) {
  // Both engines start at once: each spends much of its start compiling WebAssembly, which V8 does off this thread.
  const [opened, started] = await Promise.allSettled([
    openDatabase(database.schema, baseDataDir),
    startPython(indexURL, { snapshot }),
  ]);
  if (opened.status === "rejected") throw opened.reason;
  const pglite = opened.value.db;
  if (opened.value.schemaError) return { loadError: `${database.path} does not load: ${opened.value.schemaError}` };
  try {
    if (started.status === "rejected") throw started.reason;
    const context = started.value;
    context.__program = program;
    vm.runInContext("globalThis.__step = __py.runPython(__program); delete globalThis.__program;", context);
    loaded();
    const deadline = Date.now() + runMs;
    const step = (text) => {
      const left = deadline - Date.now();
      if (left <= 0) return null;
      context.__input = text;
      try {
        const reply = vm.runInContext("String(__step(__input))", context, { timeout: left });
        return JSON.parse(reply);
      } catch (error) {
        if (/timed out/i.test(String(error?.message)) || Date.now() >= deadline) return null;
        throw new Error(`the Python service harness failed: ${String(error?.message ?? error).slice(-500)}`);
      }
    };
    let reply = step(JSON.stringify({ start: [files, entry, requests] }));
    while (reply && reply.query) {
      const { sql, params } = reply.query;
      const answer = await pglite.query(sql, params).then(dbResultJson, databaseError);
      reply = step(`{"answer":${answer}}`);
    }
    return reply ? reply.done : { timedOut: true };
  } finally {
    await pglite.close().catch(() => undefined);
  }
}
