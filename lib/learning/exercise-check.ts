// Checks a learner's answer to an exercise on the server, in the sandbox: SQL is re-run next to the
// solution against the exercise's setup and the results compared; code runs on its visible and hidden
// tests' inputs and its outputs are compared here, where the expected values stay. The browser's own
// verdict is never trusted.
import { deepEqual, formatValue } from "./code-check";
import { PYTHON_PROBE_HARNESS } from "./grading/python-probe";
import { judgePython, probeReportSchema } from "./grading/python-judge";
import { parseJson, pythonPlan } from "./grading/python-plan";
import { compareResultSets, type ResultSet } from "./result-compare";
import { ensurePgliteBase } from "./sandbox/pglite-base";
import { runInSandbox } from "./sandbox/run-sandbox";
import { codeVariant, type CodeLanguage, type JavascriptExercise, type PythonExercise } from "../content/schema";
import { LearningError } from "./errors";
import { isService, isWriteTests, type LessonExercise, type ServiceLessonExercise } from "./schema";
import { serviceAnswerFiles, serviceModelAnswer } from "./service/service-answer";
import { serviceDatabase, serviceLanguageName } from "../content/service-schema";
import { checkServiceProject } from "./service/service-check";
import { checkWriteTests } from "./write-tests-check";
import { formatPostgresError } from "./sql-check";

export type ExerciseCheck = { passed: boolean; feedback: string; failing: string[] };

type PgErrorFields = { message: string; severity?: string; detail?: string; hint?: string; position?: string };
type SqlRun =
  { columns: ResultSet["columns"]; rows: ResultSet["rows"] } | { noResult: true } | { error: PgErrorFields };
export type SqlReply = { setupError: PgErrorFields } | { results: SqlRun[] };
export type JsReply =
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
export async function runSqlStatements(
  setup: string,
  statements: string[],
  owner: string | null = null,
): Promise<SqlReply> {
  return (await runInSandbox({ kind: "sql", setup, statements, baseDataDir: await baseDataDir() }, owner)) as SqlReply;
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

async function checkSql(
  exercise: Extract<LessonExercise, { type: "sql" }>,
  answer: string,
  owner: string | null,
): Promise<ExerciseCheck> {
  const reply = await runSqlStatements(exercise.setup, [exercise.solution, answer], owner);
  if ("setupError" in reply) throw new Error(`exercise setup failed: ${reply.setupError.message}`);
  return gradeSqlRun(reply.results[0], reply.results[1], answer, exercise.orderMatters);
}

/** The sandbox job for a JavaScript answer: only the tests' arguments enter it, never their expected values. */
export function javascriptJob(exercise: JavascriptExercise, answer: string) {
  const tests = [...exercise.tests, ...exercise.hiddenTests];
  return {
    kind: "javascript" as const,
    source: answer,
    functionName: exercise.functionName,
    tests: tests.map((t, i) => ({ name: String(i), args: t.args })),
  };
}

/** Compares the engine's reply to a `javascriptJob` with the expected values, which stayed here. */
export function gradeJavascriptReply(exercise: JavascriptExercise, reply: JsReply, forAuthor = false): ExerciseCheck {
  if ("loadError" in reply) return fail(reply.loadError);
  const tests = [
    ...exercise.tests.map((t) => ({ ...t, hidden: false })),
    ...exercise.hiddenTests.map((t) => ({ ...t, hidden: true })),
  ];
  const failing: string[] = [];
  tests.forEach((test, i) => {
    const outcome = reply.results.find((r) => r.name === String(i));
    const label = test.hidden ? `hidden test “${test.name}”` : test.name;
    if (!outcome) failing.push(`${label}: did not run`);
    else if ("error" in outcome) failing.push(`${label}: ${outcome.error}`);
    else {
      const actual = readJson(outcome);
      if (actual === UNREADABLE) failing.push(`${label}: the result could not be read`);
      else if (!deepEqual(actual, test.expected))
        failing.push(
          test.hidden && !forAuthor
            ? `${label} fails (its inputs and expected value are not shown)`
            : `${label}: expected ${formatValue(test.expected)}, got ${formatValue(actual)}`,
        );
    }
  });
  return verdict(failing, tests.length, exercise.hiddenTests.length);
}

async function checkJavascript(
  exercise: JavascriptExercise,
  answer: string,
  owner: string | null,
  forAuthor: boolean,
): Promise<ExerciseCheck> {
  const reply = (await runInSandbox(javascriptJob(exercise, answer), owner)) as JsReply;
  return gradeJavascriptReply(exercise, reply, forAuthor);
}

const UNREADABLE = Symbol("unreadable");

function readJson(outcome: { json?: string; undefined?: true }): unknown {
  if (outcome.undefined || outcome.json === undefined) return undefined;
  try {
    return JSON.parse(outcome.json) as unknown;
  } catch {
    return UNREADABLE;
  }
}

function verdict(failing: string[], total: number, hidden: number): ExerciseCheck {
  const including = hidden > 0 ? ` (${hidden} of them hidden)` : "";
  return failing.length === 0
    ? pass(`All ${total} tests pass${including}.`)
    : fail(`${failing.length} of ${total} tests fail${including}.`, failing);
}

/** The `def test_…` names of a Python test source, in order. */
export function pythonTestNames(tests: string): string[] {
  return [...tests.matchAll(/^def (test_\w+)\s*\(\s*\)\s*(?:->\s*None\s*)?:/gm)].map((m) => m[1]!);
}

async function checkPython(
  exercise: PythonExercise,
  answer: string,
  owner: string | null,
  forAuthor: boolean,
): Promise<ExerciseCheck> {
  const plan = await pythonPlan(exercise);
  const names = JSON.stringify(plan.tests.map((t) => t.name));
  const raw = await runInSandbox(
    { kind: "python", program: PYTHON_PROBE_HARNESS, args: [answer, plan.probeSource, names] },
    owner,
  );
  const report = probeReportSchema.safeParse(parseJson(raw));
  if (!report.success)
    return fail("Your code's test run could not be read. Check that it does not replace Python's built-ins.");
  if (report.data.loadError) return fail(report.data.loadError);
  const verdicts = judgePython(plan, report.data);
  const failing = verdicts
    .filter((v) => !v.passed)
    .map((v) =>
      v.hidden && !forAuthor
        ? `hidden test ${v.name} fails (its inputs and expected values are not shown)`
        : `${v.hidden ? "hidden test " : ""}${v.name}: ${v.reason}`,
    );
  return verdict(failing, verdicts.length, verdicts.filter((v) => v.hidden).length);
}

/** A small service: the visible requests, then the hidden ones, sent in order to one instance in the sandbox. */
export function checkService(
  exercise: ServiceLessonExercise,
  answer: string,
  owner: string | null,
  forAuthor = false,
): Promise<ExerciseCheck> {
  const steps = [...exercise.tests, ...exercise.hiddenTests.map((t) => ({ ...t, hidden: true }))];
  const files = serviceAnswerFiles(exercise, answer);
  const database = serviceDatabase(exercise, files);
  return checkServiceProject(exercise.language, files, exercise.entry, steps, owner, forAuthor, database);
}

/** The exercise's model solution in `language` (its first language when none is named). */
export function exerciseSolution(exercise: LessonExercise, language?: CodeLanguage | null): string | null {
  if (exercise.type === "sql" || isWriteTests(exercise)) return exercise.solution;
  // A service's model answer: its editable files as one JSON object, as the learner's answer travels.
  if (isService(exercise)) return serviceModelAnswer(exercise);
  return codeVariant(exercise, language)?.solution ?? null;
}

/** Checks an answer; a code exercise in several languages is checked in the one the learner wrote in. */
export function checkExerciseAnswer(
  exercise: LessonExercise,
  answer: string,
  language?: CodeLanguage | null,
  owner: string | null = null,
  /** An author checking their own exercise sees what the hidden tests expected; a learner never does. */
  forAuthor = false,
): Promise<ExerciseCheck> {
  if (exercise.type === "sql") return checkSql(exercise, answer, owner);
  if (isWriteTests(exercise)) {
    if (language && language !== exercise.language)
      throw new LearningError(
        `This exercise is written in ${exercise.language === "python" ? "Python" : "JavaScript"}.`,
      );
    return checkWriteTests(exercise, answer, owner, forAuthor);
  }
  if (isService(exercise)) {
    if (language && language !== exercise.language)
      throw new LearningError(`This project is written in ${serviceLanguageName(exercise.language)}.`);
    return checkService(exercise, answer, owner, forAuthor);
  }
  const variant = codeVariant(exercise, language);
  if (!variant)
    throw new LearningError(`This exercise is not offered in ${language === "python" ? "Python" : "JavaScript"}.`);
  return variant.language === "python"
    ? checkPython(variant, answer, owner, forAuthor)
    : checkJavascript(variant, answer, owner, forAuthor);
}
