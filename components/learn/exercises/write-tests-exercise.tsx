"use client";
// "Write the tests": the learner writes a test suite for a function. When the exercise shows the reference
// implementation, "Run my tests" first runs the suite against it here (it must pass on correct code); the
// server then runs it against the reference and its hidden buggy versions (mutants) and says which bugs got
// through, by hint only. Without a shown reference the suite goes straight to the server.
import { useCallback, useState } from "react";
import type { SavedExercise } from "@/lib/learning/lesson-state";
import type { WriteTestsView } from "@/lib/learning/schema";
import { PY_TEST_API } from "@/lib/learning/grading/test-api";
import { CodeEditor } from "./code-editor";
import { CodeOutput } from "./code-output";
import { usePythonRunner, type Outcome } from "./code-runners";
import { ExerciseShell, PRIMARY, SECONDARY } from "./exercise-shell";
import { TestApiGuide } from "./test-api-guide";
import { useExerciseCheck } from "./use-exercise-check";
import { useSavedAnswer } from "./use-saved-answer";
import { useJavascriptSuiteRunner } from "./use-suite-runner";

export type WriteTestsExerciseProps = {
  lessonId: string;
  exercise: WriteTestsView;
  pyodideURL: string;
  canSave: boolean;
  completed: boolean;
  saved: SavedExercise | null;
};

type Run = { status: "idle" } | { status: "running" } | Outcome;

export default function WriteTestsExercise({
  lessonId,
  exercise,
  pyodideURL,
  canSave,
  completed,
  saved,
}: WriteTestsExerciseProps) {
  const python = exercise.language === "python";
  const reference = exercise.reference;
  const [suite, setSuite] = useSavedAnswer(exercise.starter, saved?.lastAnswer ?? null);
  const [solution, setSolution] = useState<string | null>(saved?.solution ?? null);
  const [run, setRun] = useState<Run>({ status: "idle" });
  const { checkState, check } = useExerciseCheck(lessonId, canSave, setSolution);
  const javascript = useJavascriptSuiteRunner(reference ?? "");
  const pythonRunner = usePythonRunner(PY_TEST_API + suite, pyodideURL, python && reference !== null);
  const runner = python ? pythonRunner : javascript;
  const localRun = reference !== null;
  const ready = !localRun || runner.engine.status === "ready";

  const execute = useCallback(async () => {
    if (!ready) return;
    if (!localRun) return check(suite);
    setRun({ status: "running" });
    const outcome = python ? await pythonRunner.run(reference) : await javascript.run(suite);
    setRun(outcome);
    // Only a suite that passes on the correct code is worth running against the bugs.
    if (outcome.status === "done" && outcome.results.length > 0 && outcome.results.every((r) => r.passed)) check(suite);
  }, [ready, localRun, check, suite, python, pythonRunner, javascript, reference]);

  const status = !ready
    ? "Starting Python in your browser…"
    : run.status === "running"
      ? "Running your tests…"
      : `${exercise.mutantCount} hidden buggy versions · catch at least ${exercise.minKilled}`;

  return (
    <ExerciseShell
      title="Write the tests"
      status={status}
      editor={
        <div className="space-y-3">
          <TestApiGuide language={exercise.language} subject={exercise.subject} />
          {reference !== null && (
            <details className="rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950">
              <summary className="cursor-pointer px-4 py-2 text-sm font-semibold text-slate-800 dark:text-slate-100">
                The code under test ({exercise.subject})
              </summary>
              <pre className="overflow-x-auto border-t border-slate-200 p-4 font-mono text-xs text-slate-800 dark:border-slate-700 dark:text-slate-200">
                {reference}
              </pre>
            </details>
          )}
          <CodeEditor
            value={suite}
            onChange={setSuite}
            onRun={execute}
            language={exercise.language}
            label={`Your tests for ${exercise.subject}`}
          />
        </div>
      }
      actions={
        <>
          <button
            type="button"
            className={PRIMARY}
            onClick={execute}
            disabled={!ready || run.status === "running" || checkState.status === "checking"}
          >
            Run my tests
          </button>
          <button type="button" className={SECONDARY} onClick={() => setSuite(exercise.starter)}>
            Reset tests
          </button>
        </>
      }
      output={<CodeOutput run={run} />}
      hints={exercise.hints}
      solution={solution}
      onShowSolution={() => setSuite(solution ?? suite)}
      canSave={canSave}
      completed={completed}
      checkState={checkState}
    />
  );
}
