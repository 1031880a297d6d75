// Every exercise in the curriculum (whatever courses prisma/content holds) must pass its own checks and
// reject the known-wrong answers its author listed: the SQL solution, starter and wrong queries run in
// the server's sandbox (PGlite) and are compared as a submission would be; JavaScript runs in the checker
// the browser worker uses; Python runs the harness in Pyodide, the engine of both the browser and the server.
// An exercise offered in several languages is checked in each: every language's solution, starter and
// known-wrong solutions. Every model solution also goes through the sandbox as the server runs a check:
// seeded-exercises-sandbox.test.ts.
// SEEDED_EXERCISES_COURSE=<course slug> checks one course's exercises (the seed still loads every course) while
// writing content; the spread and count checks then apply to that course alone and are skipped.
// @no-database-pass: the test database only holds the seeded curriculum here; every check runs in the learner's
// engines, so CI's PostgreSQL pass (scripts/database-test-files.mjs) leaves this file out.
import { loadPyodide } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLearnerFunction, runCodeTests } from "@/lib/learning/code-check";
import {
  gradeJavascriptReply,
  gradeSqlRun,
  javascriptJob,
  pythonTestNames,
  runSqlStatements,
  type JsReply,
} from "@/lib/learning/exercise-check";
import { PYTHON_HARNESS, type PythonReport } from "@/lib/learning/python-harness";
import { PYODIDE_DIR } from "@/lib/learning/sandbox/run-sandbox";
import { codeVariants, type JavascriptExercise } from "@/lib/content/schema";
// @ts-expect-error the sandbox's engine is plain JavaScript (lib/learning/sandbox/engines)
import { runJavascript } from "@/lib/learning/sandbox/engines/quickjs.mjs";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { only, seededExercises, type SeededExercises } from "./seeded-exercise-list";

let t: TestDatabase;
let sqlExercises: SeededExercises["sqlExercises"];
let jsExercises: SeededExercises["jsExercises"];
let pythonExercises: SeededExercises["pythonExercises"];
let multiLanguage: SeededExercises["multiLanguage"];
let serviceExercises: SeededExercises["serviceExercises"];
let runPython: (source: string, tests: string) => PythonReport;

/**
 * The server's JavaScript check with its engine (QuickJS) started here rather than in a sandboxed child: the same
 * job and the same grading, without a process per answer. The sandbox itself runs every model solution below.
 */
async function checkInQuickJs(exercise: JavascriptExercise, answer: string) {
  const deadline = Date.now() + 5_000;
  const reply = (await runJavascript(javascriptJob(exercise, answer), {
    loaded: () => undefined,
    deadline: () => deadline,
  })) as JsReply | { timedOut: true };
  return "timedOut" in reply ? { passed: false } : gradeJavascriptReply(exercise, reply);
}

beforeAll(async () => {
  t = await useTestDatabase();
  ({ sqlExercises, jsExercises, pythonExercises, multiLanguage, serviceExercises } = await seededExercises(t));
  const pyodide = await loadPyodide({ indexURL: PYODIDE_DIR });
  const harness = pyodide.runPython(PYTHON_HARNESS) as (source: string, tests: string) => string;
  runPython = (source, tests) => JSON.parse(harness(source, tests)) as PythonReport;
}, 300_000);

describe("seeded exercises", () => {
  it.skipIf(Boolean(only))("has SQL, JavaScript and Python exercises, spread over the courses", () => {
    expect(sqlExercises.length).toBeGreaterThanOrEqual(6);
    expect(jsExercises.length).toBeGreaterThanOrEqual(4);
    expect(pythonExercises.length).toBeGreaterThanOrEqual(8);
    expect(
      new Set([...sqlExercises, ...jsExercises, ...pythonExercises].map((e) => e.courseSlug)).size,
    ).toBeGreaterThanOrEqual(3);
  });

  it("every SQL solution passes the server's check; the starter and every known-wrong query do not", async () => {
    for (const { slug, exercise } of sqlExercises) {
      const wrong = [
        ...(exercise.starter.trim() ? [{ mistake: "the starter query", solution: exercise.starter }] : []),
        ...exercise.wrongSolutions,
      ];
      const reply = await runSqlStatements(exercise.setup, [
        exercise.solution,
        exercise.solution,
        ...wrong.map((w) => w.solution),
      ]);
      if ("setupError" in reply) throw new Error(`${slug}: setup fails: ${reply.setupError.message}`);
      const [expected, again, ...answers] = reply.results;
      expect(expected && "columns" in expected && expected.rows.length > 0, `${slug}: the solution returns rows`).toBe(
        true,
      );
      // Running twice gives the same answer: each run is rolled back, so DML exercises are repeatable.
      expect(
        gradeSqlRun(expected, again, exercise.solution, exercise.orderMatters).passed,
        `${slug}: the solution passes its own check`,
      ).toBe(true);
      wrong.forEach((w, i) => {
        expect(
          gradeSqlRun(expected, answers[i], w.solution, exercise.orderMatters).passed,
          `${slug}: accepts a known-wrong answer (${w.mistake})`,
        ).toBe(false);
      });
    }
  }, 600_000);

  it("every JavaScript solution passes all its tests; the starter and every known-wrong solution fail one", async () => {
    for (const { slug, exercise } of jsExercises) {
      expect(exercise.tests.length, `${slug}: has tests`).toBeGreaterThanOrEqual(3);
      const results = await runCodeTests(loadLearnerFunction(exercise.solution, exercise.functionName), exercise.tests);
      expect(
        results.filter((r) => !r.passed).map((r) => `${r.name}: expected ${r.expected}, got ${r.actual ?? r.error}`),
        `${slug}: failing tests`,
      ).toEqual([]);
      for (const wrong of [{ mistake: "the starter", solution: exercise.starter }, ...exercise.wrongSolutions]) {
        // The server checks the hidden tests too: a mistake only they catch is still caught.
        const outcome = await runCodeTests(loadLearnerFunction(wrong.solution, exercise.functionName), [
          ...exercise.tests,
          ...exercise.hiddenTests,
        ]).catch(() => null);
        expect(
          outcome === null || outcome.some((r) => !r.passed),
          `${slug}: the tests accept a known-wrong solution (${wrong.mistake})`,
        ).toBe(true);
      }
    }
  });

  it.skipIf(Boolean(only))("has at least four exercises a learner can solve in JavaScript or in Python", () => {
    const both = multiLanguage.filter(({ exercise }) => {
      const languages = exercise.type === "code" ? codeVariants(exercise).map((v) => v.language) : [];
      return languages.includes("javascript") && languages.includes("python");
    });
    expect(both.map((e) => e.slug).length, "exercises offering both languages").toBeGreaterThanOrEqual(4);
  });

  it("the server's engine refuses every known-wrong JavaScript solution too (QuickJS, not the browser's V8)", async () => {
    for (const { slug, exercise } of jsExercises) {
      // The same engine and grading accept the model solution: a refusal below is the answer's, not the set-up's.
      expect((await checkInQuickJs(exercise, exercise.solution)).passed, `${slug}: QuickJS refuses the solution`).toBe(
        true,
      );
      for (const wrong of exercise.wrongSolutions) {
        const check = await checkInQuickJs(exercise, wrong.solution).catch(() => null);
        expect(check?.passed ?? false, `${slug}: the server accepts a known-wrong solution (${wrong.mistake})`).toBe(
          false,
        );
      }
    }
  }, 600_000);

  it("every Python solution passes all its tests; the starter and every known-wrong solution fail one", () => {
    for (const { slug, exercise } of pythonExercises) {
      const names = pythonTestNames(exercise.tests);
      expect(names.length, `${slug}: has tests`).toBeGreaterThanOrEqual(3);
      const report = runPython(exercise.solution, exercise.tests);
      expect(report.loadError, `${slug}: the solution runs`).toBeUndefined();
      expect(
        report.results.map((r) => r.name),
        `${slug}: every test ran`,
      ).toEqual(names);
      expect(
        report.results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.error}`),
        `${slug}: failing tests`,
      ).toEqual([]);
      for (const wrong of [{ mistake: "the starter", solution: exercise.starter }, ...exercise.wrongSolutions]) {
        const outcome = runPython(wrong.solution, `${exercise.tests}\n\n${exercise.hiddenTests}`);
        expect(
          Boolean(outcome.loadError) || outcome.results.some((r) => !r.passed),
          `${slug}: the tests accept a known-wrong solution (${wrong.mistake})`,
        ).toBe(true);
      }
    }
  });

  it.skipIf(Boolean(only))("has a small-service project", () => {
    expect(serviceExercises.length).toBeGreaterThanOrEqual(1);
  });

  it("every exercise, in each of its languages and SQL, lists at least five known-wrong solutions", () => {
    const short = [...jsExercises, ...pythonExercises, ...sqlExercises]
      .filter((e) => e.exercise.wrongSolutions.length < 5)
      .map((e) => `${e.slug}: ${e.exercise.wrongSolutions.length}`);
    expect(short, "exercises with fewer than five wrongSolutions").toEqual([]);
  });
});
