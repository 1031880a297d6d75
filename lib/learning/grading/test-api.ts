// The small assertion APIs a "write the tests" learner writes against, as source text: the same text runs in
// the browser (components/learn/exercises/tests.worker.ts, python.worker.ts) and in the server's sandbox
// (sandbox/engines/quickjs-suite.mjs, grading/python-suite.ts), so a suite behaves the same in both.
//
// JavaScript: `test(name, fn)` (alias `it`) and `expect(actual)` with toBe, toEqual, toThrow, toBeTruthy,
// toBeFalsy, toBeGreaterThan, toBeLessThan, each also under `.not`. Tests are synchronous.
// Python: `def test_<name>():` functions with plain `assert`s, and `raises(ErrorType, fn, *args)`.

/** Milliseconds one suite may run against one implementation (the reference or a mutant) on the server. */
export const SUITE_SUBJECT_MS = 1_500;

/**
 * Evaluated first in a fresh realm; its completion value is the function that runs the registered tests and
 * returns their results as JSON. Function sources read as hidden, so a suite cannot compare code texts.
 */
export const JS_TEST_API = String.raw`(() => {
  const registered = [];
  const describe = (error) => String(error && error.name ? error.name + ": " + error.message : error);
  const show = (value) => {
    if (typeof value === "function") return "a function";
    if (value === undefined) return "undefined";
    if (typeof value === "number" && !Number.isFinite(value)) return String(value);
    let text;
    try { text = JSON.stringify(value); } catch { text = undefined; }
    if (text === undefined) text = String(value);
    return text.length > 200 ? text.slice(0, 200) + "…" : text;
  };
  const equal = (a, b) => {
    if (Object.is(a, b)) return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) return a.length === b.length && a.every((item, i) => equal(item, b[i]));
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    const other = Object.keys(b).filter((k) => b[k] !== undefined);
    return keys.length === other.length && keys.every((k) => equal(a[k], b[k]));
  };
  class AssertionError extends Error {}
  AssertionError.prototype.name = "AssertionError";
  const check = (ok, negate, message) => {
    if (Boolean(ok) === negate) throw new AssertionError("expected " + message.replace("{not}", negate ? "not " : ""));
  };
  const matchers = (actual, negate) => ({
    toBe: (expected) => check(Object.is(actual, expected), negate, show(actual) + " {not}to be " + show(expected)),
    toEqual: (expected) => check(equal(actual, expected), negate, show(actual) + " {not}to equal " + show(expected)),
    toBeTruthy: () => check(actual, negate, show(actual) + " {not}to be truthy"),
    toBeFalsy: () => check(!actual, negate, show(actual) + " {not}to be falsy"),
    toBeGreaterThan: (n) => check(actual > n, negate, show(actual) + " {not}to be greater than " + show(n)),
    toBeLessThan: (n) => check(actual < n, negate, show(actual) + " {not}to be less than " + show(n)),
    toThrow: (expected) => {
      if (typeof actual !== "function")
        throw new TypeError("toThrow needs a function: expect(() => f(x)).toThrow()");
      let thrown = null;
      try { actual(); } catch (error) { thrown = { error }; }
      if (!thrown) return check(false, negate, "the function {not}to throw");
      const message = String(thrown.error && thrown.error.message !== undefined ? thrown.error.message : thrown.error);
      const matches = expected === undefined ? true
        : typeof expected === "string" ? message.includes(expected)
        : expected instanceof RegExp ? expected.test(message)
        : typeof expected === "function" ? thrown.error instanceof expected : false;
      const wanted = expected === undefined ? "" : " matching " + (typeof expected === "function" ? expected.name : String(expected));
      check(matches, negate, "the function {not}to throw" + wanted + " (it threw \"" + message.slice(0, 200) + "\")");
    },
  });
  globalThis.expect = (actual) => Object.assign(matchers(actual, false), { not: matchers(actual, true) });
  globalThis.test = (name, fn) => {
    if (typeof name !== "string" || typeof fn !== "function") throw new TypeError("write a test as test(name, () => { … })");
    registered.push({ name, fn });
  };
  globalThis.it = globalThis.test;
  const hidden = () => "function () { [code not shown] }";
  Object.defineProperty(Function.prototype, "toString", { value: hidden, writable: false, configurable: false });
  return () => JSON.stringify(registered.slice(0, 200).map(({ name, fn }) => {
    try {
      const value = fn();
      if (value && typeof value.then === "function")
        return { name, passed: false, error: "Tests here are synchronous: do not return a promise." };
      return { name, passed: true, error: null };
    } catch (error) {
      return { name, passed: false, error: describe(error).slice(0, 500) };
    }
  }));
})()`;

/** Prepended to a Python suite: the one helper beside plain asserts. */
export const PY_TEST_API = String.raw`def raises(kind, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except kind:
        return True
    return False

`;
