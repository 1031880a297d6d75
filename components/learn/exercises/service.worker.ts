// Web Worker: loads the learner's project (CommonJS files, or TypeScript stripped to them) and sends the visible
// requests to its `handle(request)` in order, one instance for the whole run, as the server's sandbox does. The page
// terminates it at the time limit, so a loop that never ends cannot freeze the lesson. A project with a database
// gets a fresh PGlite here first (the network is closed only once it is up: PGlite fetches its own files), and
// its files see a global `db` as on the server.
import type { CaseResult } from "./code-runners";
import { dbResult } from "@/lib/learning/service/db-result";
import type { RequestOutcome } from "@/lib/learning/service/request-suite";
import type { ServiceWorkerRequest } from "./service-protocol";
import { serviceCaseResults } from "./service-results";
import { stripTypeScript } from "@/lib/learning/sandbox/engines/typescript-strip.mjs";

type Reply =
  | { type: "started" }
  | { type: "done"; results: CaseResult[]; logs: string[] }
  | { type: "failed"; message: string; logs: string[] };
const reply = (message: Reply) => self.postMessage(message);

function closeNetwork() {
  for (const name of ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts", "indexedDB", "caches"])
    Object.defineProperty(self, name, { value: undefined, configurable: false, writable: false });
}

type Query = (
  sql: string,
  params?: unknown[],
) => Promise<{ rows: unknown[]; fields: unknown[]; affectedRows?: number }>;

/** A fresh database with the project's schema, and the `db` the learner's files see. */
async function openDatabase(database: NonNullable<ServiceWorkerRequest["database"]>) {
  const { PGlite } = await import("@electric-sql/pglite");
  let loadDataDir: Blob | undefined;
  try {
    const response = await fetch(database.baseDataDir);
    if (response.ok) loadDataDir = await response.blob();
  } catch {
    // a fresh cluster instead: slower, the same database
  }
  const pglite = await PGlite.create(loadDataDir ? { loadDataDir } : {});
  try {
    await pglite.exec(database.schema);
  } catch (error) {
    throw new Error(`${database.path} does not load: ${error instanceof Error ? error.message : String(error)}`);
  }
  const query = pglite.query.bind(pglite) as Query;
  return Object.freeze({
    query: async (sql: unknown, params?: unknown) => {
      if (typeof sql !== "string") throw new TypeError("db.query(sql, params): sql must be a string");
      if (params !== undefined && !Array.isArray(params))
        throw new TypeError("db.query(sql, params): params must be an array");
      try {
        // Parameters travel as JSON, as they do into the server's sandbox.
        return dbResult(await query(sql, JSON.parse(JSON.stringify(params ?? [])) as unknown[]));
      } catch (error) {
        const failure = new Error(error instanceof Error ? error.message : String(error));
        failure.name = "DatabaseError";
        const code = (error as { code?: unknown }).code;
        if (typeof code === "string") Object.assign(failure, { code });
        throw failure;
      }
    },
  });
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** A CommonJS `require` over the project's files: only `./` and `../` paths, `.js` optional. */
function projectLoader(sources: Record<string, string>) {
  const cache = new Map<string, { exports: unknown }>();
  const resolve = (from: string, spec: string) => {
    if (!spec.startsWith("./") && !spec.startsWith("../"))
      throw new Error(`Cannot find module '${spec}': only the project's own files can be required`);
    const parts = from.split("/").slice(0, -1);
    for (const part of spec.split("/")) {
      if (part === "..") parts.pop();
      else if (part !== ".") parts.push(part);
    }
    const name = parts.join("/");
    if (name in sources) return name;
    // A TypeScript file names its neighbours without an ending, or with ".js" as Node's TypeScript does.
    if (from.endsWith(".ts")) return name.endsWith(".js") ? `${name.slice(0, -3)}.ts` : `${name}.ts`;
    return `${name}.js`;
  };
  const load = (name: string): unknown => {
    const cached = cache.get(name);
    if (cached) return cached.exports;
    if (!(name in sources)) throw new Error(`Cannot find module '${name}'`);
    const record = { exports: {} as unknown };
    cache.set(name, record);
    // Running the learner's project is the point of the exercise; this worker has no network and a time limit.
    new Function("module", "exports", "require", sources[name]!)(record, record.exports, (spec: string) =>
      load(resolve(name, spec)),
    );
    return record.exports;
  };
  return load;
}

function readResponse(value: unknown): RequestOutcome {
  const response = value as { status?: unknown; headers?: unknown; body?: unknown } | null;
  if (!response || typeof response !== "object" || !Number.isInteger(response.status))
    return { error: "handle() must return { status, headers, body }" };
  try {
    // Through JSON, as the body would travel over the wire.
    const body = response.body === undefined ? undefined : (JSON.parse(JSON.stringify(response.body)) as unknown);
    const headers = Object.fromEntries(
      Object.entries((response.headers ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
    );
    return { response: { status: response.status as number, headers, body } };
  } catch {
    return { error: "the response body cannot be written as JSON" };
  }
}

self.onmessage = async (event: MessageEvent<ServiceWorkerRequest>) => {
  const { files, entry, steps, database } = event.data;
  const logs: string[] = [];
  const capture = (...args: unknown[]) => {
    if (logs.length < 50) logs.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
  };
  console.log = capture;
  console.info = capture;
  console.warn = capture;
  console.error = capture;
  // Types stripped as on the server (typescript-strip.mjs), before the network closes (sucrase is fetched lazily); a
  // pure text transform: none of the learner's code runs yet. A syntax error names the file, line and column.
  const stripped = await stripTypeScript(files);
  if (stripped.error !== undefined)
    return reply({ type: "failed", message: `Your service does not load: ${stripped.error}`, logs });
  if (database) {
    try {
      Object.defineProperty(self, "db", { value: await openDatabase(database), configurable: false, writable: false });
    } catch (error) {
      return reply({ type: "failed", message: describe(error), logs });
    }
  }
  closeNetwork();
  // The clock starts now: the database's start is not the learner's code.
  reply({ type: "started" });
  let handle: (request: unknown) => unknown;
  try {
    const exported = projectLoader(stripped.files)(entry) as { handle?: unknown };
    if (typeof exported?.handle !== "function")
      return reply({ type: "failed", message: `${entry} must export a function handle(request).`, logs });
    handle = exported.handle as (request: unknown) => unknown;
  } catch (error) {
    return reply({ type: "failed", message: `Your service does not load: ${describe(error)}`, logs });
  }
  const outcomes: RequestOutcome[] = [];
  for (const step of steps) {
    try {
      outcomes.push(readResponse(await handle(JSON.parse(JSON.stringify(step.request)))));
    } catch (error) {
      outcomes.push({ error: describe(error) });
    }
  }
  const results = serviceCaseResults(steps, outcomes);
  reply({ type: "done", results, logs });
};
