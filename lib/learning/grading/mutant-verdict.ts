// Grades a learner's test suite from its runs: it must pass on the reference implementation and fail on at
// least `minKilled` of the mutants. A surviving mutant is named to the learner by its hint only; a caught
// mutant's hint and every mutant's code stay on the server.
import { z } from "zod";
import type { Mutant } from "../../content/schema";

const resultSchema = z.object({ name: z.string(), passed: z.boolean(), error: z.string().nullable() });
/** One run of the suite against one implementation, as the sandbox reports it. */
export const suiteReportSchema = z.object({
  results: z.array(resultSchema).optional(),
  loadError: z.string().optional(),
  suiteError: z.string().optional(),
  timedOut: z.boolean().optional(),
  unreadable: z.boolean().optional(),
});
export type SuiteReport = z.infer<typeof suiteReportSchema>;

export type MutantVerdict = { passed: boolean; feedback: string; failing: string[] };

/** The exercise's reference does not load: the author must fix it, the learner cannot. */
export class ReferenceBrokenError extends Error {
  constructor(detail: string) {
    super(`the exercise's reference implementation does not load: ${detail}`);
    this.name = "ReferenceBrokenError";
  }
}

/** Whether a suite's run on an implementation rejected it (a failing test, an error, a stop). */
export function rejects(report: SuiteReport | undefined): boolean {
  if (!report) return false;
  if (report.timedOut || report.suiteError || report.loadError || report.unreadable) return true;
  return (report.results ?? []).some((r) => !r.passed);
}

/** Whether two runs of a suite on the same implementation came out alike, test by test. */
export function sameOutcome(a: SuiteReport, b: SuiteReport): boolean {
  const shape = (r: SuiteReport) =>
    JSON.stringify([rejects(r), Boolean(r.timedOut), (r.results ?? []).map((t) => [t.name, t.passed])]);
  return shape(a) === shape(b);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const fail = (feedback: string, failing: string[] = []): MutantVerdict => ({ passed: false, feedback, failing });

function judgeReference(reference: SuiteReport | undefined, subjectSeconds: number): MutantVerdict | null {
  if (!reference) throw new Error("the sandbox reported no run on the reference implementation");
  if (reference.loadError) throw new ReferenceBrokenError(reference.loadError);
  if (reference.timedOut)
    return fail(
      `Your tests ran for more than ${subjectSeconds} seconds on the correct implementation and were stopped. Look for a loop that never ends.`,
    );
  if (reference.suiteError) return fail(`Your tests do not run: ${reference.suiteError}`);
  if (reference.unreadable || !reference.results) return fail("Your tests' results could not be read.");
  if (reference.results.length === 0) return fail("Write at least one test: no test was found in your answer.");
  const failing = reference.results.filter((r) => !r.passed);
  if (failing.length > 0)
    return fail(
      `${plural(failing.length, "of your tests fails", "of your tests fail")} on the correct implementation, so ${failing.length === 1 ? "it" : "they"} would reject working code. A test must pass on correct code.`,
      failing.map((r) => `${r.name}: ${r.error ?? "failed"}`),
    );
  return null;
}

/**
 * `reports[0]` is the reference's run, `reports[i + 1]` mutant i's. `forAuthor` adds each survivor's name (the
 * studio's check); a learner sees only hints.
 */
export function gradeMutantRuns(
  exercise: { mutants: Pick<Mutant, "name" | "hint">[]; minKilled: number },
  reports: SuiteReport[],
  subjectSeconds: number,
  forAuthor = false,
): MutantVerdict {
  const problem = judgeReference(reports[0], subjectSeconds);
  if (problem) return problem;
  const tests = reports[0]!.results!.length;
  const survivors = exercise.mutants.filter((_, i) => !rejects(reports[i + 1]));
  const caught = exercise.mutants.length - survivors.length;
  const hints = survivors.map((m) => (forAuthor ? `${m.name}: ${m.hint}` : m.hint));
  const survived = plural(survivors.length, "mutant survived", "mutants survived");
  const yours = tests === 1 ? "Your one test passes" : `All ${tests} of your tests pass`;
  const summary = `${yours} on the correct implementation and ${tests === 1 ? "catches" : "catch"} ${caught} of ${exercise.mutants.length} buggy versions.`;
  if (caught >= exercise.minKilled)
    return {
      passed: true,
      feedback: survivors.length ? `${summary} ${survived}; its hints are below.` : summary,
      failing: hints,
    };
  return fail(
    `${survived}. ${summary} Catch at least ${exercise.minKilled}. What each surviving bug gets away with:`,
    hints,
  );
}
