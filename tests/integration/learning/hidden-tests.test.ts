// Every code exercise carries hidden tests, checked only on the server: the model solution passes them, and
// an answer that only remembers the visible tests (a lookup table from arguments to expected values) fails
// them. HIDDEN_TESTS_COURSE=<course slug> limits a run to one course while writing content.
import { loadPyodide } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLearnerFunction, runCodeTests } from "@/lib/learning/code-check";
import { pythonTestNames } from "@/lib/learning/exercise-check";
import { PYTHON_HARNESS, type PythonReport } from "@/lib/learning/python-harness";
import { PYODIDE_DIR } from "@/lib/learning/sandbox/run-sandbox";
import { loadCurriculum } from "@/lib/content/load-curriculum";
import { codeVariants, type JavascriptExercise, type PythonExercise } from "@/lib/content/schema";

type Variant<E> = { slug: string; exercise: E };
const javascript: Variant<JavascriptExercise>[] = [];
const python: Variant<PythonExercise>[] = [];
const only = process.env.HIDDEN_TESTS_COURSE;

for (const course of loadCurriculum()) {
  if (only && course.slug !== only) continue;
  for (const mod of course.modules)
    for (const lesson of mod.lessons) {
      // "Write the tests" exercises have no hidden tests of their own (tests/integration/exercises/write-tests.test.ts).
      if (lesson.exercise?.type !== "code" || "task" in lesson.exercise.code) continue;
      for (const variant of codeVariants(lesson.exercise.code)) {
        const slug = `${course.slug}/${mod.slug}/${lesson.slug} (${variant.language})`;
        if (variant.language === "python") python.push({ slug, exercise: variant });
        else javascript.push({ slug, exercise: variant });
      }
    }
}

/** The answer a learner who copied the visible tests would write: arguments in, remembered value out. */
function lookupTable(exercise: JavascriptExercise): string {
  const table = Object.fromEntries(exercise.tests.map((t) => [JSON.stringify(t.args), t.expected]));
  return `function ${exercise.functionName}(...args) { const table = ${JSON.stringify(table)}; return table[JSON.stringify(args)]; }`;
}

describe("hidden tests", () => {
  let runPython: (source: string, tests: string) => PythonReport;

  beforeAll(async () => {
    const pyodide = await loadPyodide({ indexURL: PYODIDE_DIR });
    const harness = pyodide.runPython(PYTHON_HARNESS) as (source: string, tests: string) => string;
    runPython = (source, tests) => JSON.parse(harness(source, tests)) as PythonReport;
  }, 120_000);

  it("every JavaScript exercise has hidden tests its solution passes and a lookup table of the visible ones fails", async () => {
    for (const { slug, exercise } of javascript) {
      expect(exercise.hiddenTests.length, `${slug}: hidden tests`).toBeGreaterThanOrEqual(2);
      const visibleNames = new Set(exercise.tests.map((t) => t.name));
      for (const test of exercise.hiddenTests)
        expect(visibleNames.has(test.name), `${slug}: hidden test "${test.name}" repeats a visible name`).toBe(false);
      const solution = await runCodeTests(
        loadLearnerFunction(exercise.solution, exercise.functionName),
        exercise.hiddenTests,
      );
      expect(
        solution.filter((r) => !r.passed).map((r) => `${r.name}: expected ${r.expected}, got ${r.actual ?? r.error}`),
        `${slug}: the solution fails hidden tests`,
      ).toEqual([]);
      const table = await runCodeTests(loadLearnerFunction(lookupTable(exercise), exercise.functionName), [
        ...exercise.tests,
        ...exercise.hiddenTests,
      ]);
      expect(
        table.some((r) => !r.passed),
        `${slug}: a lookup table of the visible tests passes the hidden ones`,
      ).toBe(true);
    }
  });

  it("every Python exercise has hidden tests its solution passes, named apart from the visible ones", () => {
    for (const { slug, exercise } of python) {
      const hidden = pythonTestNames(exercise.hiddenTests);
      expect(hidden.length, `${slug}: hidden tests`).toBeGreaterThanOrEqual(2);
      const visible = new Set(pythonTestNames(exercise.tests));
      for (const name of hidden)
        expect(visible.has(name), `${slug}: hidden ${name} repeats a visible name`).toBe(false);
      const report = runPython(exercise.solution, `${exercise.tests}\n\n${exercise.hiddenTests}`);
      expect(report.loadError, `${slug}: the solution does not load`).toBeUndefined();
      expect(
        report.results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.error}`),
        `${slug}: the solution fails tests`,
      ).toEqual([]);
      expect(report.results.length, `${slug}: every test ran`).toBe(visible.size + hidden.length);
    }
  });
});
