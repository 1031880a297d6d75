"use client";
import { useCallback, useState, type ReactNode } from "react";
import type { CodeLanguage } from "@/lib/content/schema";
import type { SavedExercise } from "@/lib/learning/lesson-state";
import type { CodeExerciseView, CodeVariantView } from "@/lib/learning/schema";
import { CodeEditor } from "./code-editor";
import { CodeOutput } from "./code-output";
import { useJavascriptRunner, usePythonRunner, type Engine, type Outcome } from "./code-runners";
import { ExerciseShell, PRIMARY, SECONDARY } from "./exercise-shell";
import { LanguageSwitch, readPreferredLanguage, rememberPreferredLanguage } from "./language-switch";
import { useExerciseCheck } from "./use-exercise-check";
import { useSavedAnswer } from "./use-saved-answer";

export type CodeExerciseProps = {
  lessonId: string;
  exercise: CodeExerciseView;
  pyodideURL: string;
  canSave: boolean;
  completed: boolean;
  saved: SavedExercise | null;
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

/**
 * A code exercise in one language, or with a JavaScript/Python switch when it offers both. The language shown
 * first is the one of the learner's saved answer, else the one they last chose on any exercise, else the
 * exercise's first. Each language keeps its own text while the learner switches back and forth.
 */
export default function CodeExercise({ lessonId, exercise, pyodideURL, canSave, completed, saved }: CodeExerciseProps) {
  // (Not codeVariants from lib/content: that module brings zod into the browser.)
  const variants: CodeVariantView[] = "languages" in exercise ? exercise.languages : [exercise];
  const offered = (language: CodeLanguage | null | undefined) =>
    variants.some((v) => v.language === language) ? (language ?? null) : null;
  const [chosen, setChosen] = useState<CodeLanguage | null>(null);
  const [preferred] = useState(readPreferredLanguage);
  // An answer saved before the exercise offered a second language is in its first one.
  const savedLanguage = saved?.lastAnswer ? (saved.lastLanguage ?? variants[0]!.language) : null;
  const language = offered(chosen) ?? offered(savedLanguage) ?? offered(preferred) ?? variants[0]!.language;
  const variant = variants.find((v) => v.language === language)!;
  const [drafts, setDrafts] = useState<Partial<Record<CodeLanguage, string>>>({});
  const [solved, setSolved] = useState<Partial<Record<CodeLanguage, string>>>({});

  const choose = (next: CodeLanguage) => {
    rememberPreferredLanguage(next);
    setChosen(next);
  };
  const solution =
    solved[language] ??
    saved?.solutionsByLanguage?.[language] ??
    (language === (saved?.lastLanguage ?? variants[0]!.language) ? (saved?.solution ?? null) : null);

  return (
    <CodeVariantExercise
      key={language}
      lessonId={lessonId}
      variant={variant}
      sendLanguage={variants.length > 1}
      pyodideURL={pyodideURL}
      canSave={canSave}
      completed={completed}
      draft={drafts[language] ?? null}
      onDraft={(text) => setDrafts((d) => ({ ...d, [language]: text }))}
      lastAnswer={language === savedLanguage ? (saved?.lastAnswer ?? null) : null}
      solution={solution}
      onSolved={(text) => setSolved((s) => ({ ...s, [language]: text }))}
      switcher={
        variants.length > 1 ? (
          <LanguageSwitch
            name={`language-${lessonId}`}
            languages={variants.map((v) => v.language)}
            value={language}
            onChange={choose}
          />
        ) : null
      }
    />
  );
}

type VariantProps = {
  lessonId: string;
  variant: CodeVariantView;
  /** Whether the server must be told the language (the exercise offers several). */
  sendLanguage: boolean;
  pyodideURL: string;
  canSave: boolean;
  completed: boolean;
  draft: string | null;
  onDraft: (text: string) => void;
  lastAnswer: string | null;
  solution: string | null;
  onSolved: (solution: string) => void;
  switcher: ReactNode;
};

function CodeVariantExercise({
  lessonId,
  variant,
  sendLanguage,
  pyodideURL,
  canSave,
  completed,
  draft,
  onDraft,
  lastAnswer,
  solution,
  onSolved,
  switcher,
}: VariantProps) {
  const python = variant.language === "python";
  const [source, setText] = useSavedAnswer(draft ?? variant.starter, draft === null ? lastAnswer : null);
  const setSource = (text: string) => {
    onDraft(text);
    setText(text);
  };
  const [run, setRun] = useState<Run>({ status: "idle" });
  const { checkState, check } = useExerciseCheck(lessonId, canSave, onSolved);
  const javascript = useJavascriptRunner(variant.functionName, variant.language === "javascript" ? variant.tests : []);
  const pythonRunner = usePythonRunner(variant.language === "python" ? variant.tests : "", pyodideURL, python);
  const runner = python ? pythonRunner : javascript;
  const testCount =
    variant.language === "python" ? (variant.tests.match(/^def test_/gm) ?? []).length : variant.tests.length;

  const execute = useCallback(async () => {
    if (runner.engine.status !== "ready") return;
    setRun({ status: "running" });
    const outcome = await runner.run(source);
    setRun(outcome);
    // Only an answer that passes here is sent: the server runs the same tests again before saving.
    if (outcome.status === "done" && outcome.results.length > 0 && outcome.results.every((r) => r.passed))
      check(source, sendLanguage ? variant.language : undefined);
  }, [runner, source, check, sendLanguage, variant.language]);

  return (
    <ExerciseShell
      title={switcher ? "Code exercise" : python ? "Python exercise" : "Code exercise"}
      switcher={switcher}
      status={engineStatus(runner.engine, run, testCount, python)}
      editor={
        <CodeEditor
          value={source}
          onChange={setSource}
          onRun={execute}
          language={variant.language}
          label={`Your ${variant.functionName} function`}
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
          <button type="button" className={SECONDARY} onClick={() => setSource(variant.starter)}>
            Reset code
          </button>
        </>
      }
      output={
        <>
          {runner.engine.status === "loading" && (
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
      hints={variant.hints}
      solution={solution}
      onShowSolution={() => setSource(solution ?? source)}
      canSave={canSave}
      completed={completed}
      checkState={checkState}
    />
  );
}
