// Before a "write the tests" exercise may be published, its model suite (the exercise's solution) must pass on
// the reference and catch every mutant, while the starter suite and each known-weak suite must be rejected.
// All of it runs in the server's exercise sandbox, as learners' suites do.
import { DomainError } from "../actions/errors";
import type { WriteTestsExercise } from "../content/schema";
import { ReferenceBrokenError, type MutantVerdict } from "../learning/grading/mutant-verdict";
import { checkWriteTests } from "../learning/write-tests-check";

export type WriteTestsVerdict = { ok: true } | { ok: false; message: string };

async function attempt(exercise: WriteTestsExercise, suite: string): Promise<MutantVerdict | { error: string }> {
  try {
    return await checkWriteTests(exercise, suite, null, true);
  } catch (error) {
    if (error instanceof ReferenceBrokenError) return { error: error.message };
    return { error: error instanceof DomainError ? error.message : "the exercise sandbox could not run it" };
  }
}

export async function verifyWriteTestsExercise(exercise: WriteTestsExercise): Promise<WriteTestsVerdict> {
  const model = await attempt(exercise, exercise.solution);
  if ("error" in model) return { ok: false, message: `the model test suite could not be run (${model.error}).` };
  if (model.failing.length > 0 || !model.passed)
    return {
      ok: false,
      message: model.failing.length
        ? `the model test suite lets these mutants survive, so learners could not be expected to catch them: ${model.failing.join("; ")}`
        : `the model test suite does not pass on the reference: ${model.feedback}`,
    };
  const suites = [
    { label: "the starter tests", suite: exercise.starter },
    ...exercise.wrongSolutions.map((w) => ({ label: `the weak suite “${w.mistake}”`, suite: w.solution })),
  ];
  // Side by side: the sandbox's queue runs as many at once as the machine allows.
  const verdicts = await Promise.all(suites.map(({ suite }) => attempt(exercise, suite)));
  const slipped = suites.find((_, index) => {
    const verdict = verdicts[index]!;
    return !("error" in verdict) && verdict.passed;
  });
  if (slipped)
    return {
      ok: false,
      message: `${slipped.label} already passes; add a mutant it misses or raise the number to catch.`,
    };
  return { ok: true };
}
