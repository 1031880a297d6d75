// A learner's browser runs their code in their own time zone, and a server may run in any: an exercise whose
// model solution passes only in UTC (a test that expects `new Date(2027, 0, 1)` to be midnight UTC, say) fails
// for half the world, and data that hides a mistake in UTC may not hide it elsewhere. So every exercise is also
// checked in two zones with odd offsets and daylight saving on opposite halves of the year: Pacific/Chatham
// (UTC+12:45, +13:45 in its summer) and America/St_Johns (UTC−3:30, −2:30 in its summer). JavaScript runs in V8 (the
// browser's engine) and in QuickJS (the server's), Python in Pyodide, SQL in the sandbox's PGlite engine (started
// here, not in a child per exercise) with the session in Chatham's zone; the model solution must pass and every
// known-wrong answer must still fail. The engines are the sandbox's own; the sandbox runs every model solution in
// tests/integration/learning/seeded-exercises.test.ts.
import { loadPyodide } from "pyodide";
import { afterAll, describe, expect, it } from "vitest";
import { loadCurriculum } from "@/lib/content/load-curriculum";
import { codeVariants, type JavascriptExercise, type PythonExercise, type SqlExercise } from "@/lib/content/schema";
import { loadLearnerFunction, runCodeTests } from "@/lib/learning/code-check";
import {
  gradeJavascriptReply,
  gradeSqlRun,
  javascriptJob,
  type JsReply,
  type SqlReply,
} from "@/lib/learning/exercise-check";
import { ensurePgliteBase } from "@/lib/learning/sandbox/pglite-base";
import { PYTHON_HARNESS, type PythonReport } from "@/lib/learning/python-harness";
import { PYODIDE_DIR } from "@/lib/learning/sandbox/run-sandbox";
// @ts-expect-error the sandbox's engine is plain JavaScript (lib/learning/sandbox/engines)
import { runJavascript } from "@/lib/learning/sandbox/engines/quickjs.mjs";
// @ts-expect-error the sandbox's engine is plain JavaScript (lib/learning/sandbox/engines)
import { runSql } from "@/lib/learning/sandbox/engines/pglite-sql.mjs";

const ZONES = ["Pacific/Chatham", "America/St_Johns"] as const;
const SQL_ZONE = ZONES[0];

type Named<E> = { slug: string; exercise: E };
const sql: Named<SqlExercise>[] = [];
const javascript: Named<JavascriptExercise>[] = [];
const python: Named<PythonExercise>[] = [];
for (const course of loadCurriculum()) {
  for (const lesson of course.modules.flatMap((m) => m.lessons)) {
    const slug = `${course.slug}/${lesson.slug}`;
    if (lesson.exercise?.type === "sql") sql.push({ slug, exercise: lesson.exercise.sql });
    if (lesson.exercise?.type !== "code" || "task" in lesson.exercise.code) continue;
    for (const variant of codeVariants(lesson.exercise.code)) {
      const named = { slug: `${slug} (${variant.language})`, exercise: variant };
      if (variant.language === "python") python.push(named as Named<PythonExercise>);
      else javascript.push(named as Named<JavascriptExercise>);
    }
  }
}

const zoneBefore = process.env.TZ;
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

/** Node applies a new TZ at once; checked, so a runtime that ignored it could not make these tests pass vacuously. */
function useZone(zone: string) {
  process.env.TZ = zone;
  const offset = new Date("2027-01-15T12:00:00Z").getTimezoneOffset();
  expect(offset, `the process runs in ${zone}`).toBe(zone === "Pacific/Chatham" ? -825 : 210);
}

async function inQuickJs(exercise: JavascriptExercise, answer: string) {
  const deadline = Date.now() + 5_000;
  const reply = (await runJavascript(javascriptJob(exercise, answer), {
    loaded: () => undefined,
    deadline: () => deadline,
  })) as JsReply | { timedOut: true };
  return "timedOut" in reply ? false : gradeJavascriptReply(exercise, reply).passed;
}

describe.each(ZONES)("exercises in %s", (zone) => {
  it("has exercises to check", () => {
    expect(javascript.length).toBeGreaterThan(10);
    expect(python.length).toBeGreaterThan(10);
    expect(sql.length).toBeGreaterThan(10);
  });

  it("every JavaScript solution passes in V8 and QuickJS; every known-wrong solution still fails", async () => {
    useZone(zone);
    for (const { slug, exercise } of javascript) {
      const tests = [...exercise.tests, ...exercise.hiddenTests];
      const results = await runCodeTests(loadLearnerFunction(exercise.solution, exercise.functionName), tests);
      expect(
        results.filter((r) => !r.passed).map((r) => `${r.name}: expected ${r.expected}, got ${r.actual ?? r.error}`),
        `${slug}: failing tests in ${zone}`,
      ).toEqual([]);
      expect(await inQuickJs(exercise, exercise.solution), `${slug}: QuickJS refuses the solution in ${zone}`).toBe(
        true,
      );
      for (const wrong of exercise.wrongSolutions) {
        const outcome = await runCodeTests(loadLearnerFunction(wrong.solution, exercise.functionName), tests).catch(
          () => null,
        );
        expect(
          outcome === null || outcome.some((r) => !r.passed),
          `${slug}: accepts a known-wrong solution in ${zone} (${wrong.mistake})`,
        ).toBe(true);
      }
    }
  }, 300_000);

  it("every Python solution passes in Pyodide; every known-wrong solution still fails", async () => {
    // Emscripten reads the zone when the interpreter starts: one interpreter per zone.
    useZone(zone);
    const pyodide = await loadPyodide({ indexURL: PYODIDE_DIR });
    const harness = pyodide.runPython(PYTHON_HARNESS) as (source: string, tests: string) => string;
    const run = (source: string, tests: string) => JSON.parse(harness(source, tests)) as PythonReport;
    expect(pyodide.runPython("import time; time.localtime(1800000000).tm_gmtoff"), "Python sees the zone").toBe(
      zone === "Pacific/Chatham" ? 49_500 : -12_600,
    );
    for (const { slug, exercise } of python) {
      const tests = `${exercise.tests}\n\n${exercise.hiddenTests}`;
      const report = run(exercise.solution, tests);
      expect(report.loadError, `${slug}: the solution runs in ${zone}`).toBeUndefined();
      expect(
        report.results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.error}`),
        `${slug}: failing tests in ${zone}`,
      ).toEqual([]);
      for (const wrong of exercise.wrongSolutions) {
        const outcome = run(wrong.solution, tests);
        expect(
          Boolean(outcome.loadError) || outcome.results.some((r) => !r.passed),
          `${slug}: accepts a known-wrong solution in ${zone} (${wrong.mistake})`,
        ).toBe(true);
      }
    }
  }, 300_000);
});

describe(`SQL exercises with the session in ${SQL_ZONE}`, () => {
  it("every solution returns rows and every known-wrong query still differs from it", async () => {
    const baseDataDir = await ensurePgliteBase();
    for (const { slug, exercise } of sql) {
      // The set-up runs outside the statements' rolled-back transactions, so the zone holds for all of them.
      const setup = `${exercise.setup}\n;SET TIME ZONE '${SQL_ZONE}';`;
      const statements = [
        "SELECT current_setting('TimeZone') AS zone",
        exercise.solution,
        ...exercise.wrongSolutions.map((w) => w.solution),
      ];
      const reply = (await runSql({ setup, statements, baseDataDir }, { loaded: () => undefined })) as SqlReply;
      if ("setupError" in reply) throw new Error(`${slug}: setup fails: ${reply.setupError.message}`);
      const [zoneRun, expected, ...answers] = reply.results;
      expect(zoneRun && "rows" in zoneRun ? zoneRun.rows : null, `${slug}: the session's zone`).toEqual([[SQL_ZONE]]);
      expect(expected && "columns" in expected && expected.rows.length > 0, `${slug}: the solution returns rows`).toBe(
        true,
      );
      exercise.wrongSolutions.forEach((w, i) => {
        expect(
          gradeSqlRun(expected, answers[i], w.solution, exercise.orderMatters).passed,
          `${slug}: accepts a known-wrong answer in ${SQL_ZONE} (${w.mistake})`,
        ).toBe(false);
      });
    }
  }, 600_000);
});
