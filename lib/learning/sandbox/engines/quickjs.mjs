// Runs learner JavaScript in QuickJS compiled to WebAssembly: a separate engine with its own heap, which
// has no process, require, import, timers or network, and sees only the web shims (web-shims.js). Its
// reply is the learner function's outputs, serialised inside QuickJS: expected values never enter it.
import { readFileSync } from "node:fs";
import { newQuickJSWASMModuleFromVariant } from "quickjs-emscripten-core";
import variant from "@jitl/quickjs-wasmfile-release-sync";

const SHIMS = readFileSync(new URL("./web-shims.js", import.meta.url), "utf8");
const CODEC = readFileSync(new URL("./text-codec.js", import.meta.url), "utf8");
/** Characters of serialised output kept per test: a huge return value fails that test instead of the host. */
const OUTPUT_LIMIT = 100_000;

/** The host half of the shims: strings in, a JSON string out. */
function hostCall(name, args) {
  try {
    switch (name) {
      case "atob":
        return { value: globalThis.atob(args[0]) };
      case "btoa":
        return { value: globalThis.btoa(args[0]) };
      case "urlParse":
      case "urlSet": {
        const url = name === "urlParse" ? new URL(args[0], args[1] ?? undefined) : new URL(args[0]);
        if (name === "urlSet") url[args[1]] = args[2];
        const { href, origin, protocol, username, password, host, hostname, port, pathname, search, hash } = url;
        return { value: { href, origin, protocol, username, password, host, hostname, port, pathname, search, hash } };
      }
      case "formParse":
        return { value: [...new URLSearchParams(args[0])] };
      case "formSerialize":
        return { value: new URLSearchParams(args[0]).toString() };
      case "localeCompare":
        return { value: args[0].localeCompare(args[1], args[2] ?? undefined, args[3] ?? undefined) };
      case "collatorOptions":
        return { value: new Intl.Collator(args[0] ?? undefined, args[1] ?? undefined).resolvedOptions() };
      case "dateFormat":
      case "dateParts":
      case "dateOptions": {
        const format = new Intl.DateTimeFormat(args[0] ?? undefined, args[1] ?? undefined);
        if (name === "dateOptions") return { value: format.resolvedOptions() };
        const date = new Date(args[2]);
        return { value: name === "dateFormat" ? format.format(date) : format.formatToParts(date) };
      }
      case "numberFormat":
      case "numberParts":
      case "numberOptions": {
        const format = new Intl.NumberFormat(args[0] ?? undefined, args[1] ?? undefined);
        if (name === "numberOptions") return { value: format.resolvedOptions() };
        return { value: name === "numberFormat" ? format.format(args[2]) : format.formatToParts(args[2]) };
      }
      case "dateLocaleString":
        return { value: new Date(args[2]).toLocaleString(args[0] ?? undefined, args[1] ?? undefined) };
      case "dateLocaleDateString":
        return { value: new Date(args[2]).toLocaleDateString(args[0] ?? undefined, args[1] ?? undefined) };
      case "dateLocaleTimeString":
        return { value: new Date(args[2]).toLocaleTimeString(args[0] ?? undefined, args[1] ?? undefined) };
      default:
        return { error: `${name} is not available` };
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

// The learner's function is called once per test with a fresh copy of the arguments. Each outcome is a
// JSON string or an error text; async functions are awaited by draining QuickJS's job queue.
const HARNESS = `(functionName, argsJson, limit) => {
  const learner = globalThis.__learner;
  if (typeof learner !== "function") return JSON.stringify({ loadError: "Define a function named " + functionName + "." });
  const describe = (error) => String(error && error.name ? error.name + ": " + error.message : error);
  const settle = (value) => {
    if (value === undefined) return { undefined: true };
    const json = JSON.stringify(value);
    if (json === undefined) return { error: "The result cannot be written as JSON." };
    if (json.length > limit) return { error: "The result is too large (over " + limit + " characters)." };
    return { json };
  };
  try {
    const value = learner(...JSON.parse(argsJson));
    if (value && typeof value.then === "function") {
      const box = { done: false };
      Promise.resolve(value).then((v) => { box.done = true; box.outcome = settle(v); }, (e) => { box.done = true; box.outcome = { error: describe(e) }; });
      globalThis.__pending = box;
      return JSON.stringify({ pending: true });
    }
    return JSON.stringify(settle(value));
  } catch (error) {
    return JSON.stringify({ error: describe(error) });
  }
}`;

/** What came back from QuickJS, which the learner's code may have bent: anything unexpected is that test's failure. */
function parseOutcome(text) {
  try {
    const value = JSON.parse(text);
    if (value && typeof value === "object") return value;
  } catch {
    // falls through
  }
  return { error: "The function's result could not be read." };
}

export async function runJavascript({ source, functionName, tests, memoryMb = 64 }, { loaded, deadline }) {
  const QuickJS = await newQuickJSWASMModuleFromVariant(variant);
  const runtime = QuickJS.newRuntime();
  runtime.setMemoryLimit(memoryMb * 1024 * 1024);
  runtime.setMaxStackSize(1024 * 1024);
  const vm = runtime.newContext();
  const text = (handle) => {
    const value = vm.getString(handle);
    handle.dispose();
    return value;
  };
  const evaluate = (code, filename) => {
    const result = vm.evalCode(code, filename);
    if (result.error) {
      const error = vm.dump(result.error);
      result.error.dispose();
      throw Object.assign(
        new Error(typeof error === "object" && error ? `${error.name}: ${error.message}` : String(error)),
        { learner: true },
      );
    }
    return result.value;
  };
  const hostFn = vm.newFunction("__host", (nameHandle, argsHandle) =>
    vm.newString(JSON.stringify(hostCall(vm.getString(nameHandle), JSON.parse(vm.getString(argsHandle))))),
  );
  vm.setProp(vm.global, "__host", hostFn);
  hostFn.dispose();
  evaluate(CODEC, "text-codec.js").dispose();
  evaluate(SHIMS, "web-shims.js").dispose();
  const harness = evaluate(HARNESS, "harness.js");
  loaded();
  // From here on every evaluation stops when the time is up.
  runtime.setInterruptHandler(() => Date.now() > deadline());

  const logs = () => {
    const handle = evaluate("JSON.stringify(globalThis.__logs ?? [])", "logs.js");
    try {
      const parsed = JSON.parse(text(handle));
      return Array.isArray(parsed) ? parsed.slice(0, 50).map((line) => String(line).slice(0, 2000)) : [];
    } catch {
      return [];
    }
  };
  const tooLong = () => Date.now() > deadline();
  try {
    evaluate(
      `globalThis.__learner = (function () { "use strict";\n${source}\n;return typeof ${functionName} === "function" ? ${functionName} : undefined; })();`,
      "solution.js",
    ).dispose();
  } catch (error) {
    if (tooLong()) return { timedOut: true };
    return { loadError: `Your code does not run: ${error.message}`, logs: logs() };
  }
  const results = [];
  for (const test of tests) {
    const call = vm.callFunction(harness, vm.undefined, [
      vm.newString(functionName),
      vm.newString(JSON.stringify(test.args)),
      vm.newNumber(OUTPUT_LIMIT),
    ]);
    if (call.error) {
      call.error.dispose();
      if (tooLong()) return { timedOut: true };
      results.push({ name: test.name, error: "The function could not be called." });
      continue;
    }
    let outcome = parseOutcome(text(call.value));
    if (outcome.loadError) return { loadError: outcome.loadError, logs: logs() };
    if (outcome.pending) {
      // Promise jobs run until the learner's promise settles, the queue is empty, or time is up.
      for (;;) {
        const jobs = runtime.executePendingJobs();
        if (jobs.error) jobs.error.dispose();
        const box = parseOutcome(text(evaluate("JSON.stringify(globalThis.__pending)", "pending.js")));
        if (box.done || box.error) {
          outcome = box.error ? box : parseOutcome(JSON.stringify(box.outcome));
          break;
        }
        if (tooLong()) return { timedOut: true };
        if (!runtime.hasPendingJob()) {
          // Nothing left to run but timers: the next one fires (a virtual clock, web-shims.js).
          let ran = false;
          try {
            const fired = evaluate("globalThis.__runTimer ? globalThis.__runTimer() : false", "timer.js");
            ran = vm.dump(fired) === true;
            fired.dispose();
          } catch {
            // A callback that throws is an uncaught error, as in a browser: later timers still run.
            if (tooLong()) return { timedOut: true };
            ran = true;
          }
          if (!ran) {
            outcome = { error: "The returned promise never settles." };
            break;
          }
        }
      }
    }
    results.push({ name: test.name, ...outcome });
  }
  return { results, logs: logs() };
}
