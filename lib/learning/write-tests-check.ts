// Checks a "write the tests" answer on the server: the learner's suite runs in the sandbox against the
// reference and each hidden mutant (JavaScript in QuickJS, Python in Pyodide), and the verdict is made here.
import { randomInt } from "node:crypto";
import type { WriteTestsExercise } from "../content/schema";
import {
  gradeMutantRuns,
  sameOutcome,
  suiteReportSchema,
  type MutantVerdict,
  type SuiteReport,
} from "./grading/mutant-verdict";
import { parseJson } from "./grading/python-plan";
import { PYTHON_SUITE_HARNESS } from "./grading/python-suite";
import { JS_TEST_API, PY_TEST_API, SUITE_SUBJECT_MS } from "./grading/test-api";
import { runInSandbox } from "./sandbox/run-sandbox";

type Exercise = Pick<WriteTestsExercise, "language" | "reference" | "mutants" | "minKilled">;

const readReports = (value: unknown): SuiteReport[] => {
  const reports = (value as { reports?: unknown } | null)?.reports;
  if (!Array.isArray(reports)) return [];
  return reports.map((report) => {
    const parsed = suiteReportSchema.safeParse(report);
    return parsed.success ? parsed.data : { unreadable: true };
  });
};

/** The suite's run against each implementation, in order (a stopped run may end the list early). */
export async function runSuite(
  language: WriteTestsExercise["language"],
  subjects: string[],
  suite: string,
  owner: string | null,
): Promise<SuiteReport[]> {
  if (language === "javascript")
    return readReports(
      await runInSandbox(
        { kind: "javascript-suite", prelude: JS_TEST_API, subjects, suite, subjectMs: SUITE_SUBJECT_MS },
        owner,
      ),
    );
  const raw = await runInSandbox(
    {
      kind: "python",
      program: PYTHON_SUITE_HARNESS,
      args: [JSON.stringify(subjects), PY_TEST_API + suite, String(SUITE_SUBJECT_MS)],
    },
    owner,
  );
  return readReports(parseJson(raw));
}

export async function checkWriteTests(
  exercise: Exercise,
  answer: string,
  owner: string | null,
  forAuthor = false,
  /** How the suite is run: in the sandbox (always, but for tests that run the same engines in-process). */
  run: typeof runSuite = runSuite,
): Promise<MutantVerdict> {
  // The reference runs first and once more at a random place among the mutants: a suite that passes only on
  // its first run (state kept between runs, such as a counter) gives two different outcomes on the same code.
  const again = 1 + randomInt(exercise.mutants.length + 1);
  const subjects = [exercise.reference, ...exercise.mutants.map((m) => m.code)];
  subjects.splice(again, 0, exercise.reference);
  const reports = await run(exercise.language, subjects, answer, owner);
  const repeat = reports[again];
  if (repeat && reports[0] && !sameOutcome(reports[0], repeat))
    return {
      passed: false,
      feedback:
        "Your tests give different results on the same correct code from one run to the next. They must not depend on state left by an earlier run (a global, a module attribute, a file).",
      failing: [],
    };
  const runs = reports.filter((_, index) => index !== again);
  return gradeMutantRuns(exercise, runs, SUITE_SUBJECT_MS / 1000, forAuthor);
}
