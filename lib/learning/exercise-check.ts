// Checks a learner's answer to an exercise on the server, in the sandbox: SQL is re-run next to the
// solution against the exercise's setup and the results compared; code is run against its tests.
// The browser's own verdict is never trusted.
import { deepEqual, formatValue } from "./code-check";
import { PYTHON_HARNESS, type PythonReport } from "./python-harness";
import { compareResultSets, type ResultSet } from "./result-compare";
import { ensurePgliteBase } from "./sandbox/pglite-base";
import { runInSandbox } from "./sandbox/run-sandbox";
import { codeVariant, type CodeLanguage, type JavascriptExercise, type PythonExercise } from "../content/schema";
import { LearningError } from "./errors";
import type { LessonExercise } from "./schema";
import { formatPostgresError } from "./sql-check";

export type ExerciseCheck = { passed: boolean; feedback: string; failing: string[] };

type PgErrorFields = { message: string; severity?: string; detail?: string; hint?: string; position?: string };
type SqlRun =
  { columns: ResultSet["columns"]; rows: ResultSet["rows"] } | { noResult: true } | { error: PgErrorFields };
type SqlReply = { setupError: PgErrorFields } | { results: SqlRun[] };
type JsReply =
  | { loadError: string; logs: string[] }
  | {
      results: ({ name: string; error: string } | { name: string; json?: string; undefined?: true })[];
      logs: string[];
    };

const pass = (feedback: string): ExerciseCheck => ({ passed: true, feedback, failing: [] });
const fail = (feedback: string, failing: string[] = []): ExerciseCheck => ({ passed: false, feedback, failing });

async function baseDataDir(): Promise<string | undefined> {
  // Without the prebuilt directory the sandbox runs initdb itself: slower, still correct.
  return ensurePgliteBase().catch(() => undefined);
}

/** Runs the solution and the answers against one setup; the first result is the solution's. */
export async function runSqlStatements(setup: string, statements: string[]): Promise<SqlReply> {
  return (await runInSandbox({ kind: "sql", setup, statements, baseDataDir: await baseDataDir() })) as SqlReply;
}

export function gradeSqlRun(
  expected: SqlRun | undefined,
  actual: SqlRun | undefined,
  answer: string,
  orderMatters: boolean,
): ExerciseCheck {
  if (!expected || !("columns" in expected)) throw new Error("the exercise's solution returns no result table");
  if (!actual) return fail("Your query could not be run.");
  if ("error" in actual) return fail(formatPostgresError(actual.error, answer));
  if ("noResult" in actual)
    return fail("Your SQL ran but returned no result table. End it with a SELECT (or use RETURNING).");
  const outcome = compareResultSets(expected, actual, { orderMatters });
  return outcome.ok ? pass("Your result matches the expected one.") : fail(outcome.reason);
}

async function checkSql(exercise: Extract<LessonExercise, { type: "sql" }>, answer: string): Promise<ExerciseCheck> {
  const reply = await runSqlStatements(exercise.setup, [exercise.solution, answer]);
  if ("setupError" in reply) throw new Error(`exercise setup failed: ${reply.setupError.message}`);
  return gradeSqlRun(reply.results[0], reply.results[1], answer, exercise.orderMatters);
}

async function checkJavascript(exercise: JavascriptExercise, answer: string): Promise<ExerciseCheck> {
  const reply = (await runInSandbox({
    kind: "javascript",
    source: answer,
    functionName: exercise.functionName,
    tests: exercise.tests.map((t) => ({ name: t.name, args: t.args })),
  })) as JsReply;
  if ("loadError" in reply) return fail(reply.loadError);
  const failing: string[] = [];
  for (const test of exercise.tests) {
    const outcome = reply.results.find((r) => r.name === test.name);
    if (!outcome) failing.push(test.name);
    else if ("error" in outcome) failing.push(`${test.name}: ${outcome.error}`);
    else {
      const actual =
        outcome.undefined || outcome.json === undefined ? undefined : (JSON.parse(outcome.json) as unknown);
      if (!deepEqual(actual, test.expected))
        failing.push(`${test.name}: expected ${formatValue(test.expected)}, got ${formatValue(actual)}`);
    }
  }
  return failing.length === 0
    ? pass(`All ${exercise.tests.length} tests pass.`)
    : fail(`${failing.length} of ${exercise.tests.length} tests fail.`, failing);
}

/** The `def test_…` names of a Python test source, in order. */
export function pythonTestNames(tests: string): string[] {
  return [...tests.matchAll(/^def (test_\w+)\s*\(\s*\)\s*(?:->\s*None\s*)?:/gm)].map((m) => m[1]!);
}

export async function runPythonTests(source: string, tests: string): Promise<PythonReport> {
  return (await runInSandbox({ kind: "python", harness: PYTHON_HARNESS, source, tests })) as PythonReport;
}

async function checkPython(exercise: PythonExercise, answer: string): Promise<ExerciseCheck> {
  const report = await runPythonTests(answer, exercise.tests);
  if (report.loadError) return fail(report.loadError);
  const names = pythonTestNames(exercise.tests);
  // Every test the exercise defines must have run and passed: a report cannot pass by leaving one out.
  const failing = names.filter((name) => !report.results.some((r) => r.name === name && r.passed));
  return failing.length === 0 && names.length > 0
    ? pass(`All ${names.length} tests pass.`)
    : fail(`${failing.length} of ${names.length} tests fail.`, failing);
}

/** The exercise's model solution in `language` (its first language when none is named). */
export function exerciseSolution(exercise: LessonExercise, language?: CodeLanguage | null): string | null {
  if (exercise.type === "sql") return exercise.solution;
  return codeVariant(exercise, language)?.solution ?? null;
}

/** Checks an answer; a code exercise in several languages is checked in the one the learner wrote in. */
export function checkExerciseAnswer(
  exercise: LessonExercise,
  answer: string,
  language?: CodeLanguage | null,
): Promise<ExerciseCheck> {
  if (exercise.type === "sql") return checkSql(exercise, answer);
  const variant = codeVariant(exercise, language);
  if (!variant)
    throw new LearningError(`This exercise is not offered in ${language === "python" ? "Python" : "JavaScript"}.`);
  return variant.language === "python" ? checkPython(variant, answer) : checkJavascript(variant, answer);
}
