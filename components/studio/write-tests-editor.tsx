"use client";
// A "write the tests" exercise in the studio: the function under test, its reference implementation, the model
// test suite (never shown to learners before they pass), the hidden mutants with the hint a learner sees when
// one survives, how many must be caught, and weak suites that must be rejected. Publishing runs all of it in
// the server's sandbox (lib/studio/write-tests-verify.ts).
import { clsx } from "clsx";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import type { WriteTestsExercise } from "@/lib/content/schema";
import { SMALL_BUTTON } from "./call-action";
import { MonoField } from "./mono-field";
import { Errors } from "./quiz-editor";

const LABEL = "block text-sm font-medium text-slate-900 dark:text-slate-100";
const FIELD = clsx(INPUT_STYLES, "mt-1");
const CARD = "space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700";

/** A starting point for an author who turns a code lesson into "write the tests". */
export const BLANK_WRITE_TESTS: WriteTestsExercise = {
  task: "write-tests",
  language: "javascript",
  subject: "clamp",
  showReference: true,
  minKilled: 1,
  reference: "function clamp(value, low, high) {\n  return Math.min(high, Math.max(low, value));\n}",
  starter: 'test("keeps a value inside the range", () => {\n  expect(clamp(5, 0, 10)).toBe(5);\n});',
  solution:
    'test("keeps a value inside the range", () => {\n  expect(clamp(5, 0, 10)).toBe(5);\n});\n\ntest("clamps at both ends", () => {\n  expect(clamp(-1, 0, 10)).toBe(0);\n  expect(clamp(11, 0, 10)).toBe(10);\n});',
  mutants: [
    {
      name: "no upper bound",
      hint: "Your tests never pass a value above the range.",
      code: "function clamp(value, low, high) {\n  return Math.max(low, value);\n}",
    },
  ],
  hints: [],
  wrongSolutions: [],
};

type Props = {
  exercise: WriteTestsExercise;
  onChange: (exercise: WriteTestsExercise) => void;
  errorsFor: (path: string) => string[];
};

export function WriteTestsEditor({ exercise, onChange, errorsFor }: Props) {
  const set = (patch: Partial<WriteTestsExercise>) => onChange({ ...exercise, ...patch });
  const setMutant = (index: number, patch: Partial<WriteTestsExercise["mutants"][number]>) =>
    set({ mutants: exercise.mutants.map((m, i) => (i === index ? { ...m, ...patch } : m)) });
  const setWeak = (index: number, patch: Partial<WriteTestsExercise["wrongSolutions"][number]>) =>
    set({ wrongSolutions: exercise.wrongSolutions.map((w, i) => (i === index ? { ...w, ...patch } : w)) });
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Learners write tests for a function. Their tests must pass on the reference and catch at least the number of
        mutants below; each surviving mutant shows its hint, never its code.
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className={LABEL}>
          Language
          <select
            value={exercise.language}
            onChange={(e) => set({ language: e.target.value === "python" ? "python" : "javascript" })}
            className={FIELD}
          >
            <option value="javascript">JavaScript</option>
            <option value="python">Python</option>
          </select>
        </label>
        <label className={LABEL}>
          Function under test
          <input value={exercise.subject} onChange={(e) => set({ subject: e.target.value })} className={FIELD} />
        </label>
        <label className={LABEL}>
          Mutants to catch
          <input
            type="number"
            min={1}
            max={exercise.mutants.length}
            value={exercise.minKilled}
            onChange={(e) => set({ minKilled: Number(e.target.value) })}
            className={FIELD}
          />
        </label>
      </div>
      <Errors messages={[...errorsFor("exercise.subject"), ...errorsFor("exercise.minKilled")]} />
      <label className="flex items-center gap-2 text-sm text-slate-900 dark:text-slate-100">
        <input
          type="checkbox"
          checked={exercise.showReference}
          onChange={(e) => set({ showReference: e.target.checked })}
        />
        Show the reference implementation to learners (their tests then also run in the browser)
      </label>
      <MonoField
        label="Reference implementation"
        rows={8}
        value={exercise.reference}
        onChange={(reference) => set({ reference })}
      />
      <MonoField label="Starter tests" value={exercise.starter} onChange={(starter) => set({ starter })} />
      <MonoField
        label="Model test suite (shown after a pass)"
        rows={8}
        value={exercise.solution}
        onChange={(solution) => set({ solution })}
      />
      <fieldset className="space-y-3">
        <legend className={LABEL}>Mutants (hidden)</legend>
        {exercise.mutants.map((mutant, index) => (
          <div key={index} className={CARD}>
            <label className={LABEL}>
              Name (for you)
              <input
                value={mutant.name}
                onChange={(e) => setMutant(index, { name: e.target.value })}
                className={FIELD}
              />
            </label>
            <label className={LABEL}>
              Hint a learner sees when it survives
              <input
                value={mutant.hint}
                onChange={(e) => setMutant(index, { hint: e.target.value })}
                className={FIELD}
              />
            </label>
            <MonoField
              label={`Code of mutant ${index + 1}`}
              rows={6}
              value={mutant.code}
              onChange={(code) => setMutant(index, { code })}
            />
            <button
              type="button"
              className={SMALL_BUTTON}
              onClick={() => set({ mutants: exercise.mutants.filter((_, i) => i !== index) })}
              disabled={exercise.mutants.length === 1}
            >
              Remove mutant {index + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className={SMALL_BUTTON}
          onClick={() => set({ mutants: [...exercise.mutants, { name: "", hint: "", code: exercise.reference }] })}
        >
          Add a mutant
        </button>
        <Errors messages={errorsFor("exercise.mutants")} />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className={LABEL}>Weak test suites (must be rejected)</legend>
        {exercise.wrongSolutions.map((weak, index) => (
          <div key={index} className={CARD}>
            <label className={LABEL}>
              What it misses
              <input
                value={weak.mistake}
                onChange={(e) => setWeak(index, { mistake: e.target.value })}
                className={FIELD}
              />
            </label>
            <MonoField
              label={`Weak suite ${index + 1}`}
              rows={5}
              value={weak.solution}
              onChange={(solution) => setWeak(index, { solution })}
            />
            <button
              type="button"
              className={SMALL_BUTTON}
              onClick={() => set({ wrongSolutions: exercise.wrongSolutions.filter((_, i) => i !== index) })}
            >
              Remove weak suite {index + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className={SMALL_BUTTON}
          onClick={() =>
            set({ wrongSolutions: [...exercise.wrongSolutions, { mistake: "", solution: exercise.starter }] })
          }
        >
          Add a weak suite
        </button>
      </fieldset>
    </div>
  );
}
