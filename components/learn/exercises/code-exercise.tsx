"use client";
import { useCallback, useState } from "react";
import type { CodeExerciseView } from "@/lib/learning/schema";
import { CodeEditor } from "./code-editor";
import { CodeOutput } from "./code-output";
import { useJavascriptRunner, usePythonRunner, type Engine, type Outcome } from "./code-runners";
import { ExerciseShell, PRIMARY, SECONDARY } from "./exercise-shell";
import { useExerciseCheck } from "./use-exercise-check";
import { useSavedAnswer } from "./use-saved-answer";

export type CodeExerciseProps = {
  lessonId: string;
  exercise: CodeExerciseView;
  pyodideURL: string;
  canSave: boolean;
  completed: boolean;
  saved: { lastAnswer: string | null; solution: string | null } | null;
};

type Run = { status: "idle" } | { status: "running" } | Outcome;

const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);

function engineStatus(engine: Engine, run: Run, testCount: number, python: boolean): string {
  if (engine.status === "loading")
    return engine.total > 0
      ? `Loading Python: ${megabytes(engine.loaded)} of ${megabytes(engine.total)} MB…`
      : "Starting Python in your browser…";
  if (engine.status === "failed") return "Python failed to start";
  if (run.status === "running") return "Running tests…";
  if (run.status === "done") return `${run.results.filter((r) => r.passed).length} of ${run.results.length} tests pass`;
  return `${testCount} tests · ${python ? "Python " : ""}runs in your browser`;
}

export default function CodeExercise({ lessonId, exercise, pyodideURL, canSave, completed, saved }: CodeExerciseProps) {
  const python = exercise.language === "python";
  const [source, setSource] = useSavedAnswer(exercise.starter, saved?.lastAnswer ?? null);
  const [run, setRun] = useState<Run>({ status: "idle" });
  const [solution, setSolution] = useState<string | null>(null);
  const { checkState, check } = useExerciseCheck(lessonId, canSave, setSolution);
  const javascript = useJavascriptRunner(
    exercise.functionName,
    exercise.language === "javascript" ? exercise.tests : [],
  );
  const pythonRunner = usePythonRunner(exercise.language === "python" ? exercise.tests : "", pyodideURL, python);
  const runner = python ? pythonRunner : javascript;
  const testCount =
    exercise.language === "python" ? (exercise.tests.match(/^def test_/gm) ?? []).length : exercise.tests.length;

  const execute = useCallback(async () => {
    if (runner.engine.status !== "ready") return;
    setRun({ status: "running" });
    const outcome = await runner.run(source);
    setRun(outcome);
    // Only an answer that passes here is sent: the server runs the same tests again before saving.
    if (outcome.status === "done" && outcome.results.length > 0 && outcome.results.every((r) => r.passed))
      check(source);
  }, [runner, source, check]);

  const loading = runner.engine.status === "loading";
  return (
    <ExerciseShell
      title={python ? "Python exercise" : "Code exercise"}
      status={engineStatus(runner.engine, run, testCount, python)}
      editor={
        <CodeEditor
          value={source}
          onChange={setSource}
          onRun={execute}
          language={exercise.language}
          label={`Your ${exercise.functionName} function`}
        />
      }
      actions={
        <>
          <button
            type="button"
            className={PRIMARY}
            onClick={execute}
            disabled={runner.engine.status !== "ready" || run.status === "running" || checkState.status === "checking"}
          >
            Run tests
          </button>
          <button type="button" className={SECONDARY} onClick={() => setSource(exercise.starter)}>
            Reset code
          </button>
        </>
      }
      output={
        <>
          {loading && runner.engine.status === "loading" && (
            <div data-testid="python-loading" className="space-y-1">
              <p className="text-sm text-slate-700 dark:text-slate-300">
                Downloading Python (about 12 MB, once: your browser keeps it for next time).
              </p>
              <progress
                className="h-2 w-full accent-brand-600"
                max={runner.engine.total || 1}
                value={runner.engine.loaded}
                aria-label="Python download progress"
              />
            </div>
          )}
          {runner.engine.status === "failed" && (
            <p className="rounded-lg bg-rose-50 px-4 py-3 text-sm text-rose-900 dark:bg-rose-950/50 dark:text-rose-100">
              {runner.engine.message}
            </p>
          )}
          <CodeOutput run={run} />
        </>
      }
      hints={exercise.hints}
      solution={solution ?? saved?.solution ?? null}
      onShowSolution={() => setSource(solution ?? saved?.solution ?? source)}
      canSave={canSave}
      completed={completed}
      checkState={checkState}
    />
  );
}
