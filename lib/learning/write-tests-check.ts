// Checks a "write the tests" answer on the server: the learner's suite runs in the sandbox against the
// reference and each hidden mutant (JavaScript in QuickJS, Python in Pyodide), and the verdict is made here.
import type { WriteTestsExercise } from "../content/schema";
import { gradeMutantRuns, suiteReportSchema, type MutantVerdict, type SuiteReport } from "./grading/mutant-verdict";
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
): Promise<MutantVerdict> {
  const subjects = [exercise.reference, ...exercise.mutants.map((m) => m.code)];
  const reports = await runSuite(exercise.language, subjects, answer, owner);
  return gradeMutantRuns(exercise, reports, SUITE_SUBJECT_MS / 1000, forAuthor);
}
