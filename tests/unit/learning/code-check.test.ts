import { describe, expect, it } from "vitest";
import { deepEqual, formatValue, loadLearnerFunction, runCodeTests } from "@/lib/learning/code-check";

describe("deepEqual", () => {
  it("compares structures, ignoring key order and undefined properties", () => {
    expect(deepEqual({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: 1 }, [1])).toBe(false);
    expect(deepEqual(NaN, NaN)).toBe(true);
    expect(deepEqual(null, {})).toBe(false);
  });
});

describe("runCodeTests", () => {
  const tests = [
    { name: "adds", args: [1, 2], expected: 3 },
    { name: "adds negatives", args: [-1, -2], expected: -3 },
  ];

  it("passes a correct function and reports each case", async () => {
    const results = await runCodeTests(loadLearnerFunction("function add(a, b) { return a + b; }", "add"), tests);
    expect(results.map((r) => r.passed)).toEqual([true, true]);
  });

  it("reports a wrong answer with expected and actual values", async () => {
    const [first] = await runCodeTests(
      loadLearnerFunction("function add(a, b) { return String(a + b); }", "add"),
      tests,
    );
    expect(first).toEqual({ name: "adds", passed: false, expected: "3", actual: '"3"', error: null });
  });

  it("catches a throwing case without stopping the others, and awaits async functions", async () => {
    const results = await runCodeTests(
      loadLearnerFunction(
        "async function add(a, b) { if (a < 0) throw new RangeError('negative'); return a + b; }",
        "add",
      ),
      tests,
    );
    expect(results[0]?.passed).toBe(true);
    expect(results[1]).toMatchObject({ passed: false, error: "RangeError: negative" });
  });

  it("gives each case its own copy of the arguments", async () => {
    const fn = loadLearnerFunction("function f(list) { list.push(1); return list.length; }", "f");
    const shared = [
      { name: "one", args: [[]], expected: 1 },
      { name: "again", args: [[]], expected: 1 },
    ];
    expect((await runCodeTests(fn, shared)).every((r) => r.passed)).toBe(true);
  });
});

describe("loadLearnerFunction", () => {
  it("explains syntax errors and a missing function", () => {
    expect(() => loadLearnerFunction("function add(a, b) {", "add")).toThrow(/Your code does not run: SyntaxError/);
    expect(() => loadLearnerFunction("const x = 1;", "add")).toThrow("Define a function named add.");
  });
});

describe("formatValue", () => {
  it("prints values as JSON, with undefined and infinities spelled out", () => {
    expect(formatValue({ a: [1] })).toBe('{"a":[1]}');
    expect(formatValue(undefined)).toBe("undefined");
    expect(formatValue(Infinity)).toBe("Infinity");
  });
});
