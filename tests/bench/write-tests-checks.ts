// "Write the tests" checks on the server: a learner's suite against the reference and 10 mutants, each in a
// fresh engine context, in one sandbox process per check. Rows of the exercise-check bench (exercise-checks.ts).
import { checkExerciseAnswer } from "../../lib/learning/exercise-check";
import type { LessonExercise } from "../../lib/learning/schema";

const JS_REFERENCE = `function band(n) {
  if (!Number.isInteger(n)) throw new TypeError("n must be an integer");
  if (n < 0) return "negative";
  if (n === 0) return "zero";
  if (n < 10) return "small";
  if (n < 100) return "medium";
  return "large";
}`;

const JS_EDITS: [string, string][] = [
  ["n < 0)", "n <= 0)"],
  ["n === 0", "n === 1"],
  ["n < 10)", "n <= 10)"],
  ["n < 100", "n <= 100"],
  ['return "large"', 'return "medium"'],
  ['return "small"', 'return "medium"'],
  ["!Number.isInteger(n)", 'typeof n !== "number"'],
  ['return "negative"', 'return "small"'],
  ['  if (n < 0) return "negative";\n', ""],
  ["n < 10)", "n < 9)"],
];

const JS_SUITE = `test("bands", () => {
  expect(band(-1)).toBe("negative");
  expect(band(0)).toBe("zero");
  expect(band(1)).toBe("small");
  expect(band(9)).toBe("small");
  expect(band(10)).toBe("medium");
  expect(band(99)).toBe("medium");
  expect(band(100)).toBe("large");
  expect(() => band(1.5)).toThrow(TypeError);
});`;

const PY_REFERENCE = `def band(n):
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError("n must be an integer")
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    if n < 10:
        return "small"
    if n < 100:
        return "medium"
    return "large"
`;

const PY_EDITS: [string, string][] = [
  ["n < 0:", "n <= 0:"],
  ["n == 0", "n == 1"],
  ["n < 10:", "n <= 10:"],
  ["n < 100", "n <= 100"],
  ['return "large"', 'return "medium"'],
  ['return "small"', 'return "medium"'],
  ["isinstance(n, bool) or ", ""],
  ['return "negative"', 'return "small"'],
  ["n < 0:", "n < -1:"],
  ["n < 10:", "n < 9:"],
];

const PY_SUITE = `def test_bands():
    assert [band(n) for n in (-1, 0, 1, 9, 10, 99, 100)] == ["negative", "zero", "small", "small", "medium", "medium", "large"]
    assert raises(TypeError, band, True)
`;

function exercise(language: "javascript" | "python", reference: string, edits: [string, string][], suite: string) {
  const mutants = edits.map(([from, to], i) => ({
    name: `mutant ${i + 1}`,
    hint: `Your tests miss bug number ${i + 1}.`,
    code: reference.replace(from, to),
  }));
  return {
    type: "code",
    task: "write-tests",
    language,
    subject: "band",
    reference,
    showReference: true,
    starter: suite,
    solution: suite,
    mutants,
    minKilled: mutants.length,
    hints: [],
    wrongSolutions: [],
  } satisfies LessonExercise;
}

/** The learner's answer and the exercise of each row; the answer catches all 10 mutants. */
export const WRITE_TESTS_ROWS = [
  {
    name: "write-the-tests check, 10 mutants (JavaScript)",
    exercise: exercise("javascript", JS_REFERENCE, JS_EDITS, JS_SUITE),
    answer: JS_SUITE,
    count: 20,
  },
  {
    name: "write-the-tests check, 10 mutants (Python)",
    exercise: exercise("python", PY_REFERENCE, PY_EDITS, PY_SUITE),
    answer: PY_SUITE,
    count: 6,
  },
];

/** Checks the rows' answers once, so a broken row fails loudly instead of timing failures. */
export async function assertWriteTestsRows() {
  for (const row of WRITE_TESTS_ROWS) {
    const check = await checkExerciseAnswer(row.exercise, row.answer);
    if (!check.passed || check.failing.length > 0)
      throw new Error(`${row.name}: ${check.feedback} ${check.failing.join("; ")}`);
  }
}
