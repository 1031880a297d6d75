// Every "write the tests" exercise of the curriculum: its model suite passes on the reference and catches every
// mutant, its starter and each weak suite are rejected. Suites run in-process through the same engines and
// harnesses the sandbox uses (QuickJS and Pyodide each loaded once, to keep CI short); the sandboxed server
// check then confirms the model suite and a weak suite of each JavaScript exercise, and one Python model suite.
import { loadPyodide } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCurriculum } from "@/lib/content/load-curriculum";
import { writeTestsExercise, type WriteTestsExercise } from "@/lib/content/schema";
import { gradeMutantRuns, type SuiteReport } from "@/lib/learning/grading/mutant-verdict";
import { PYTHON_SUITE_HARNESS } from "@/lib/learning/grading/python-suite";
import { JS_TEST_API, PY_TEST_API, SUITE_SUBJECT_MS } from "@/lib/learning/grading/test-api";
import { PYTHON_HARNESS, type PythonReport } from "@/lib/learning/python-harness";
import { PYODIDE_DIR } from "@/lib/learning/sandbox/run-sandbox";
import { checkWriteTests } from "@/lib/learning/write-tests-check";
import { verifyWriteTestsExercise } from "@/lib/studio/write-tests-verify";
// @ts-expect-error the sandbox's engine is plain JavaScript (lib/learning/sandbox/engines)
import { runJavascriptSuite } from "@/lib/learning/sandbox/engines/quickjs-suite.mjs";

type Entry = { slug: string; exercise: WriteTestsExercise };
const exercises: Entry[] = [];
for (const course of loadCurriculum())
  for (const mod of course.modules)
    for (const lesson of mod.lessons)
      if (lesson.exercise?.type === "code" && writeTestsExercise(lesson.exercise.code))
        exercises.push({ slug: `${course.slug}/${lesson.slug}`, exercise: writeTestsExercise(lesson.exercise.code)! });

let runPythonSuite: (subjects: string, suite: string, ms: string) => string;
let runBrowserPython: (source: string, tests: string) => string;

beforeAll(async () => {
  const pyodide = await loadPyodide({ indexURL: PYODIDE_DIR });
  runPythonSuite = pyodide.runPython(PYTHON_SUITE_HARNESS) as typeof runPythonSuite;
  runBrowserPython = pyodide.runPython(PYTHON_HARNESS) as typeof runBrowserPython;
}, 120_000);

async function runHere(exercise: WriteTestsExercise, suite: string): Promise<SuiteReport[]> {
  return runSubjectsHere(exercise.language, [exercise.reference, ...exercise.mutants.map((m) => m.code)], suite);
}

async function runSubjectsHere(language: string, subjects: string[], suite: string): Promise<SuiteReport[]> {
  if (language === "python") {
    const raw = runPythonSuite(JSON.stringify(subjects), PY_TEST_API + suite, String(SUITE_SUBJECT_MS));
    return (JSON.parse(raw) as { reports: SuiteReport[] }).reports;
  }
  const deadline = Date.now() + 20_000;
  const outcome = (await runJavascriptSuite(
    { prelude: JS_TEST_API, subjects, suite, subjectMs: SUITE_SUBJECT_MS },
    { loaded: () => undefined, deadline: () => deadline },
  )) as { reports: SuiteReport[] };
  return outcome.reports;
}

const grade = async (exercise: WriteTestsExercise, suite: string) =>
  gradeMutantRuns(exercise, await runHere(exercise, suite), SUITE_SUBJECT_MS / 1000, true);

describe("write-the-tests exercises", () => {
  it("the curriculum has at least eight, four of them in Testing Backends, each with five mutants and five weak suites", () => {
    expect(exercises.length).toBeGreaterThanOrEqual(8);
    expect(exercises.filter((e) => e.slug.startsWith("testing-backends/")).length).toBeGreaterThanOrEqual(4);
    for (const { slug, exercise } of exercises) {
      expect(exercise.mutants.length, `${slug}: mutants`).toBeGreaterThanOrEqual(5);
      expect(exercise.wrongSolutions.length, `${slug}: weak suites`).toBeGreaterThanOrEqual(5);
    }
  });

  it("each model suite passes on the reference and catches every mutant", async () => {
    for (const { slug, exercise } of exercises) {
      const verdict = await grade(exercise, exercise.solution);
      expect({ slug, ...verdict }).toMatchObject({ passed: true, failing: [] });
    }
  });

  it("each starter and each weak suite is rejected", async () => {
    for (const { slug, exercise } of exercises)
      for (const [label, suite] of [
        ["the starter", exercise.starter],
        ...exercise.wrongSolutions.map((w) => [w.mistake, w.solution]),
      ]) {
        const verdict = await grade(exercise, suite!);
        expect(verdict.passed, `${slug}: ${label} is accepted`).toBe(false);
      }
  });

  it("in the browser's Python harness the model suites pass on the reference", () => {
    for (const { slug, exercise } of exercises.filter((e) => e.exercise.language === "python")) {
      const report = JSON.parse(runBrowserPython(exercise.reference, PY_TEST_API + exercise.solution)) as PythonReport;
      expect(report.loadError, slug).toBeUndefined();
      expect(report.results.length, slug).toBeGreaterThan(0);
      expect(
        report.results.filter((r) => !r.passed),
        slug,
      ).toEqual([]);
    }
  });

  it("the sandboxed server check agrees", async () => {
    // Every JavaScript exercise (QuickJS starts in milliseconds) and one Python one (Pyodide takes seconds).
    const python = exercises.find((e) => e.exercise.language === "python")!;
    for (const { slug, exercise } of [...exercises.filter((e) => e.exercise.language === "javascript"), python]) {
      const model = await checkWriteTests(exercise, exercise.solution, null);
      expect({ slug, ...model }).toMatchObject({ passed: true });
      if (exercise.language !== "javascript") continue;
      const weak = await checkWriteTests(exercise, exercise.wrongSolutions[0]!.solution, null);
      expect({ slug, passed: weak.passed }).toEqual({ slug, passed: false });
      // A learner sees a survivor's hint, never a mutant's name or code.
      for (const line of weak.failing) expect(exercise.mutants.some((m) => line.includes(m.code))).toBe(false);
    }
  }, 240_000);

  it("publishing requires a model suite that catches every mutant and weak suites that are rejected", async () => {
    const exercise = exercises.find((e) => e.exercise.language === "javascript")!.exercise;
    expect(await verifyWriteTestsExercise(exercise)).toEqual({ ok: true });
    const weakModel = { ...exercise, solution: exercise.wrongSolutions[0]!.solution };
    const refused = await verifyWriteTestsExercise(weakModel);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toContain("survive");
    const lenient = { ...exercise, wrongSolutions: [{ mistake: "the model itself", solution: exercise.solution }] };
    expect(await verifyWriteTestsExercise(lenient)).toMatchObject({ ok: false });
  });

  it("a Python suite that keeps state between runs cannot tell the reference from the mutants", async () => {
    const exercise = exercises.find((e) => e.exercise.language === "python")!.exercise;
    const firstRunOnly = [
      "import json",
      "",
      "def test_first_run_only():",
      '    seen = getattr(json, "_runs", 0)',
      "    json._runs = seen + 1",
      "    assert seen == 0",
      "",
      "def test_builtins_do_not_carry_over():",
      "    import builtins",
      '    assert not hasattr(builtins, "_marker")',
      "    builtins._marker = True",
    ].join("\n");
    const verdict = await checkWriteTests(exercise, firstRunOnly, null, false, (language, subjects, suite) =>
      runSubjectsHere(language, subjects, PY_TEST_API + suite),
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.feedback).toContain("different results on the same correct code");
    // Builtins set by one run are gone in the next: only the module attribute above carries over.
    const builtinsOnly = firstRunOnly.split("\n").slice(7).join("\n");
    const reports = await runSubjectsHere(
      "python",
      [exercise.reference, exercise.reference],
      PY_TEST_API + builtinsOnly,
    );
    expect(reports.map((r) => r.results?.[0]?.passed)).toEqual([true, true]);
  });

  it("a suite that never ends is stopped and reported", async () => {
    const exercise = exercises.find((e) => e.exercise.language === "javascript")!.exercise;
    const verdict = await checkWriteTests(exercise, 'test("spins", () => { for (;;) {} });', null);
    expect(verdict).toMatchObject({ passed: false });
    expect(verdict.feedback).toMatch(/stopped/);
  });
});
