// Runs a learner's test suite ("write the tests") against several implementations of the function under
// test: the reference first, then each mutant, each in a fresh QuickJS runtime with its own heap and time
// limit. Reports per implementation which tests passed; what the implementations are stays on the server.
import { newQuickJSWASMModuleFromVariant } from "quickjs-emscripten-core";
import variant from "@jitl/quickjs-wasmfile-release-sync";

function runOne(QuickJS, { prelude, subject, suite }, until) {
  const runtime = QuickJS.newRuntime();
  runtime.setMemoryLimit(32 * 1024 * 1024);
  runtime.setMaxStackSize(512 * 1024);
  runtime.setInterruptHandler(() => Date.now() > until);
  const vm = runtime.newContext();
  const handles = [];
  const evaluate = (code, filename) => {
    const result = vm.evalCode(code, filename);
    if (result.error) {
      const error = vm.dump(result.error);
      result.error.dispose();
      return { error: typeof error === "object" && error ? `${error.name}: ${error.message}` : String(error) };
    }
    handles.push(result.value);
    return { value: result.value };
  };
  const timedOut = () => Date.now() > until;
  try {
    const api = evaluate(prelude, "test-api.js");
    if (api.error) throw new Error(`the test API does not load: ${api.error}`);
    const loaded = evaluate(subject, "subject.js");
    if (loaded.error) return timedOut() ? { timedOut: true } : { loadError: loaded.error };
    const registered = evaluate(suite, "tests.js");
    if (registered.error) return timedOut() ? { timedOut: true } : { suiteError: registered.error };
    const call = vm.callFunction(api.value, vm.undefined);
    if (call.error) {
      call.error.dispose();
      return timedOut() ? { timedOut: true } : { suiteError: "The tests could not be run." };
    }
    handles.push(call.value);
    const text = vm.getString(call.value);
    try {
      const results = JSON.parse(text);
      return Array.isArray(results) ? { results } : { unreadable: true };
    } catch {
      return { unreadable: true };
    }
  } finally {
    for (const handle of handles) if (handle.alive) handle.dispose();
    vm.dispose();
    runtime.dispose();
  }
}

export async function runJavascriptSuite({ prelude, subjects, suite, subjectMs }, { loaded, deadline }) {
  const QuickJS = await newQuickJSWASMModuleFromVariant(variant);
  loaded();
  const reports = [];
  for (const [index, subject] of subjects.entries()) {
    const until = Math.min(deadline(), Date.now() + subjectMs);
    const report = runOne(QuickJS, { prelude, subject, suite }, until);
    reports.push(report);
    // A suite that never ends on the reference would never end on the mutants either: stop here.
    if (index === 0 && report.timedOut) break;
    if (Date.now() > deadline()) return { timedOut: true };
  }
  return { reports };
}
