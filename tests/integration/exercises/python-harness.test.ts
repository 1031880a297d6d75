// The Python harness as the browser worker runs it (Pyodide): pass, fail, syntax error, exception, output
// limit, the JavaScript bridge. The server's check and its sandbox: tests/integration/exercises/sandbox-*.
import { loadPyodide } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { PYTHON_HARNESS, PYTHON_OUTPUT_LIMIT, type PythonReport } from "@/lib/learning/python-harness";
import { PYODIDE_DIR } from "@/lib/learning/sandbox/run-sandbox";

const TESTS = `def test_adds():
    assert add(1, 2) == 3

def test_negative():
    assert add(-1, -1) == -2, "negatives add up"
`;

let run: (source: string, tests?: string) => PythonReport;

beforeAll(async () => {
  const pyodide = await loadPyodide({ indexURL: PYODIDE_DIR, jsglobals: Object.create(null) });
  const harness = pyodide.runPython(PYTHON_HARNESS) as (source: string, tests: string) => string;
  run = (source, tests = TESTS) => JSON.parse(harness(source, tests)) as PythonReport;
}, 120_000);

describe("python harness", () => {
  it("passes every test of a right solution, in order", () => {
    expect(run("def add(a, b):\n    return a + b\n")).toEqual({
      results: [
        { name: "test_adds", passed: true, error: null },
        { name: "test_negative", passed: true, error: null },
      ],
      stdout: "",
    });
  });

  it("names the failing assert line and its message", () => {
    const report = run("def add(a, b):\n    return abs(a) + abs(b)\n");
    expect(report.results[0]).toMatchObject({ passed: true });
    expect(report.results[1]).toEqual({
      name: "test_negative",
      passed: false,
      error: 'assert add(-1, -1) == -2, "negatives add up"  (negatives add up)',
    });
  });

  it("reports a syntax error in the learner's code as a load error with the line", () => {
    const report = run("def add(a, b)\n    return a + b\n");
    expect(report.results).toEqual([]);
    expect(report.loadError).toMatch(/SyntaxError/);
    expect(report.loadError).toMatch(/line 1/);
  });

  it("reports an exception with a traceback into the learner's code", () => {
    const report = run("def add(a, b):\n    return a + undefined_name\n");
    expect(report.results.every((r) => !r.passed)).toBe(true);
    expect(report.results[0]!.error).toMatch(/solution\.py", line 2/);
    expect(report.results[0]!.error).toMatch(/NameError: name 'undefined_name' is not defined/);
  });

  it("counts SystemExit as a failure, not a pass", () => {
    const report = run("import sys\ndef add(a, b):\n    sys.exit(0)\n");
    expect(report.results.map((r) => r.passed)).toEqual([false, false]);
  });

  it("keeps print output, up to a limit", () => {
    const report = run(`def add(a, b):\n    print("x" * ${PYTHON_OUTPUT_LIMIT * 2})\n    return a + b\n`);
    expect(report.results.every((r) => r.passed)).toBe(true);
    expect(report.stdout.length).toBeLessThan(PYTHON_OUTPUT_LIMIT + 50);
    expect(report.stdout).toMatch(/output truncated$/);
  });

  it("refuses the JavaScript bridge to the learner's code", () => {
    for (const source of ["import js\n", "from pyodide.code import run_js\n", "import pyodide_js\n"]) {
      expect(run(`${source}def add(a, b):\n    return a + b\n`).loadError, source).toMatch(
        /ImportError: .* is not available in exercises/,
      );
    }
  });
});
