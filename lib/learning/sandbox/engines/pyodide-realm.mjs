// Runs Pyodide inside a V8 context of its own that holds nothing of Node: no process, require, fetch or
// timers, and dynamic import() is refused there. Python's `js` and `pyodide_js` modules therefore reach
// only this empty realm. The engine's files are read by this (trusted) side and copied into the realm as
// bytes; only strings cross back.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const CODEC = readFileSync(new URL("./text-codec.js", import.meta.url), "utf8");

// Pyodide's shell mode (a JavaScript shell has `read` and `load`) loads files through `readbuffer`.
const SHELL = `
  globalThis.__files = Object.create(null);
  globalThis.read = (name) => { throw new Error("cannot read " + name); };
  globalThis.readbuffer = (name) => { const file = __files[name]; if (!file) throw new Error("no file " + name); return file.buffer; };
  globalThis.load = () => { throw new Error("load is not available"); };
  globalThis.print = () => {};
  globalThis.printErr = () => {};
  const started = Date.now();
  globalThis.performance = { now: () => Date.now() - started, timeOrigin: started };
  globalThis.crypto = { getRandomValues(array) { for (let i = 0; i < array.length; i++) array[i] = Math.floor(Math.random() * 256); return array; } };
`;

/** The engine script as a classic script: its ES module export becomes a global, its one import.meta goes. */
function engineScript(dir) {
  const source = readFileSync(path.join(dir, "pyodide.asm.mjs"), "utf8");
  const edits = [
    ["export default _createPyodideModule;", "globalThis._createPyodideModule = _createPyodideModule;"],
    ["import.meta.url", '""'],
    // A shell build asks the OS for random bytes; the realm's crypto (above) answers instead.
    ["var initRandomFill=()=>{", "var initRandomFill=()=>{return view=>crypto.getRandomValues(view);"],
  ];
  let script = source;
  for (const [from, to] of edits) {
    if (!script.includes(from))
      throw new Error(`pyodide.asm.mjs changed: "${from}" not found; update pyodide-realm.mjs`);
    script = script.split(from).join(to);
  }
  return script;
}

function put(context, name, bytes) {
  // Made in the realm, so the realm never holds an object of this one.
  const copy = vm.runInContext(`new Uint8Array(${bytes.length})`, context);
  copy.set(bytes);
  context.__files[name] = copy;
}

async function waitFor(context, name) {
  for (;;) {
    const value = context[name];
    if (typeof value === "string") return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * A fresh realm with Python started in it. `snapshot` (a file made by makePythonSnapshot) restores the
 * interpreter's memory as it was right after start-up instead of starting it (most of a check's CPU);
 * `forSnapshot` starts it so that its memory can be saved.
 */
export async function startPython(indexURL, { snapshot, forSnapshot = false } = {}) {
  const context = vm.createContext(Object.create(null), { codeGeneration: { strings: true, wasm: true } });
  vm.runInContext(CODEC, context, { filename: "text-codec.js" });
  vm.runInContext(SHELL, context, { filename: "shell.js" });
  put(context, `${indexURL}pyodide.asm.wasm`, readFileSync(path.join(indexURL, "pyodide.asm.wasm")));
  put(context, `${indexURL}python_stdlib.zip`, readFileSync(path.join(indexURL, "python_stdlib.zip")));
  vm.runInContext(readFileSync(path.join(indexURL, "pyodide.js"), "utf8"), context, { filename: "pyodide.js" });
  vm.runInContext(engineScript(indexURL), context, { filename: "pyodide.asm.js" });
  context.__lock = readFileSync(path.join(indexURL, "pyodide-lock.json"), "utf8");
  context.__indexURL = indexURL;
  let options = "";
  if (snapshot) {
    put(context, "snapshot", readFileSync(snapshot));
    options = ", _loadSnapshot: __files.snapshot";
  } else if (forSnapshot) options = ", _makeSnapshot: true";
  vm.runInContext(
    `loadPyodide({ indexURL: __indexURL, createPyodideModule: _createPyodideModule, lockFileContents: JSON.parse(__lock), stdout: () => {}, stderr: () => {}${options} })
      .then((py) => { globalThis.__py = py; globalThis.__state = "ready"; }, (e) => { globalThis.__state = "failed: " + String(e && e.message || e); })`,
    context,
  );
  const state = await waitFor(context, "__state");
  if (state !== "ready") throw new Error(`Python did not start (${state})`);
  // The engine's files are no longer needed in the realm.
  vm.runInContext("delete globalThis.__files; delete globalThis.__lock; delete globalThis.__state;", context);
  return context;
}

/** Python's memory right after start-up (no learner code has run), gzipped and base64-encoded for the reply. */
export async function makePythonSnapshot({ indexURL }) {
  const context = await startPython(indexURL, { forSnapshot: true });
  const bytes = vm.runInContext("__py.makeMemorySnapshot()", context);
  return gzipSync(bytes, { level: 1 }).toString("base64");
}

/**
 * Loads Python into a fresh realm and calls `program` (Python source whose last expression is a function of
 * strings returning a string) with `args`. `loaded` is called once the interpreter is up.
 */
export async function runPythonProgram({ indexURL, program, args, snapshot }, { loaded, runMs }) {
  const context = await startPython(indexURL, { snapshot });
  context.__program = program;
  context.__args = JSON.stringify(args);
  vm.runInContext("globalThis.__entry = __py.runPython(__program); delete globalThis.__program;", context);
  loaded();
  // The learner's code runs synchronously; V8 stops it when the time is up (the parent kills as well).
  const reply = vm.runInContext(
    `(() => { try { return String(__entry(...JSON.parse(__args))); } catch (e) { return JSON.stringify({ crashed: String(e && e.message || e).slice(-2000) }); } })()`,
    context,
    { timeout: runMs },
  );
  return typeof reply === "string" ? reply : JSON.stringify({ crashed: "no reply" });
}
