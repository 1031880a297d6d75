"use client";
// "Build a small service": the learner edits several files (a tab each), runs the visible requests against
// their project in a Web Worker (a fresh one per run for JavaScript, Pyodide's kept warm for Python), and, once those pass, the server sends them again with its hidden requests
// in its sandbox and decides. Each file is kept in this browser as it is typed, and for an enrolled learner on
// the server too (use-project-files.ts); a file can be reset to its starter and compared with it.
import { useCallback, useMemo, useState, type KeyboardEvent } from "react";
import type { SavedExercise } from "@/lib/learning/lesson-state";
import type { ServiceView } from "@/lib/learning/schema";
import { CodeEditor } from "./code-editor";
import { useFreshWorkerRun, usePythonRunner, type Outcome } from "./code-runners";
import { ExerciseShell, PRIMARY, SECONDARY } from "./exercise-shell";
import { FileDiff } from "./file-diff";
import type { ServiceWorkerRequest } from "./service-protocol";
import { ServiceOutput } from "./service-output";
import { useExerciseCheck } from "./use-exercise-check";
import { useProjectFiles } from "./use-project-files";

export type ServiceExerciseProps = {
  lessonId: string;
  exercise: ServiceView;
  pyodideURL: string;
  /** The prebuilt PGlite data directory, for a project with a database. */
  baseDataDir?: string;
  canSave: boolean;
  completed: boolean;
  saved: SavedExercise | null;
};

type Run = { status: "idle" } | { status: "running" } | Outcome;

/** The editor's highlighting follows each file's ending (a project mixes its code with a schema.sql). */
const EDITOR_LANGUAGES: Record<string, "sql" | "python" | "typescript"> = {
  sql: "sql",
  py: "python",
  ts: "typescript",
};
const editorLanguage = (path: string) => EDITOR_LANGUAGES[path.slice(path.lastIndexOf(".") + 1)] ?? "javascript";

const spawnServiceWorker = () => new Worker(new URL("./service.worker.ts", import.meta.url), { type: "module" });

const TAB =
  "rounded-t-lg border border-b-0 px-3 py-1.5 font-mono text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

export default function ServiceExercise({
  lessonId,
  exercise,
  pyodideURL,
  baseDataDir = "",
  canSave,
  completed,
  saved,
}: ServiceExerciseProps) {
  const starters = useMemo(() => Object.fromEntries(exercise.files.map((f) => [f.path, f.starter])), [exercise.files]);
  const { files, setFile, replaceAll, save } = useProjectFiles(
    lessonId,
    starters,
    saved?.lastAnswer ?? null,
    saved?.serviceFiles,
    canSave,
  );
  const [active, setActive] = useState(exercise.files[0]!.path);
  const [showDiff, setShowDiff] = useState(false);
  const [solution, setSolution] = useState<string | null>(saved?.solution ?? null);
  const [run, setRun] = useState<Run>({ status: "idle" });
  const { checkState, check } = useExerciseCheck(lessonId, canSave, setSolution);
  const runInWorker = useFreshWorkerRun<ServiceWorkerRequest>(spawnServiceWorker, "Your service could not be run.");
  const python = exercise.language === "python";
  const pythonRunner = usePythonRunner("", pyodideURL, python, exercise.database !== undefined);
  const engine = python ? pythonRunner.engine : null;
  const ready = !engine || engine.status === "ready";
  const file = exercise.files.find((f) => f.path === active)!;

  const answer = useCallback(
    () =>
      JSON.stringify(Object.fromEntries(exercise.files.filter((f) => f.editable).map((f) => [f.path, files[f.path]]))),
    [exercise.files, files],
  );

  const execute = useCallback(async () => {
    setRun({ status: "running" });
    const database = exercise.database
      ? { path: exercise.database, schema: files[exercise.database] ?? "", baseDataDir }
      : undefined;
    const outcome = python
      ? await pythonRunner.runService(files, exercise.entry, exercise.tests, database)
      : await runInWorker({ files, entry: exercise.entry, steps: exercise.tests, database });
    setRun(outcome);
    // Only a project that answers the visible requests here is sent: the server sends them again, and more.
    if (outcome.status === "done" && outcome.results.length > 0 && outcome.results.every((r) => r.passed))
      check(answer());
  }, [
    python,
    pythonRunner,
    runInWorker,
    files,
    exercise.entry,
    exercise.tests,
    exercise.database,
    baseDataDir,
    check,
    answer,
  ]);

  const showSolution = () => {
    if (!solution) return;
    try {
      replaceAll(JSON.parse(solution) as Record<string, string>);
    } catch {
      // A solution that does not read leaves the learner's files as they are.
    }
  };

  // Arrow keys move between the tabs, as in any tab list.
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = exercise.files[(index + step + exercise.files.length) % exercise.files.length]!;
    setActive(next.path);
    document.getElementById(`tab-${lessonId}-${next.path}`)?.focus();
  };

  const status =
    engine?.status === "loading"
      ? "Starting Python in your browser…"
      : engine?.status === "failed"
        ? engine.message
        : run.status === "running"
          ? "Sending the requests…"
          : `${exercise.tests.length} requests in your browser · ${exercise.hiddenNames.length} more on the server`;

  return (
    <ExerciseShell
      title="Build the service"
      status={status}
      editor={
        <div>
          <div
            role="tablist"
            aria-label="Project files"
            className="flex flex-wrap gap-1 border-b border-slate-300 dark:border-slate-700"
          >
            {exercise.files.map((f, index) => {
              const selected = f.path === active;
              const changed = files[f.path] !== f.starter;
              return (
                <button
                  key={f.path}
                  id={`tab-${lessonId}-${f.path}`}
                  type="button"
                  role="tab"
                  aria-selected={selected}
                  aria-controls={`panel-${lessonId}`}
                  tabIndex={selected ? 0 : -1}
                  onClick={() => setActive(f.path)}
                  onKeyDown={(event) => onTabKey(event, index)}
                  className={`${TAB} ${
                    selected
                      ? "border-slate-300 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-white"
                      : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
                  }`}
                >
                  {f.path}
                  {!f.editable && <span className="ml-1 font-sans text-xs">(read-only)</span>}
                  {changed && (
                    <span className="ml-1" aria-label="changed">
                      •
                    </span>
                  )}
                </button>
              );
            })}
          </div>
          <div id={`panel-${lessonId}`} role="tabpanel" aria-labelledby={`tab-${lessonId}-${active}`} className="mt-2">
            <CodeEditor
              value={files[active] ?? ""}
              onChange={(text) => setFile(active, text)}
              onRun={execute}
              language={editorLanguage(active)}
              label={file.editable ? `Your ${active}` : `${active} (read-only)`}
              readOnly={!file.editable}
            />
            {canSave && (
              <p
                role="status"
                data-testid="files-saved"
                data-state={save.status}
                className={`mt-1 text-xs ${save.status === "error" ? "text-rose-800 dark:text-rose-300" : "text-slate-600 dark:text-slate-400"}`}
              >
                {save.status === "saving"
                  ? "Saving your files…"
                  : save.status === "saved"
                    ? "Your files are saved to your account."
                    : save.status === "error"
                      ? save.message
                      : "Your files are saved to your account as you type."}
              </p>
            )}
            {showDiff && <FileDiff path={active} before={file.starter} after={files[active] ?? ""} />}
          </div>
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
            Run requests
          </button>
          <button
            type="button"
            className={SECONDARY}
            onClick={() => setFile(active, file.starter)}
            disabled={!file.editable || files[active] === file.starter}
          >
            Reset this file
          </button>
          <button type="button" className={SECONDARY} aria-expanded={showDiff} onClick={() => setShowDiff((v) => !v)}>
            {showDiff ? "Hide changes" : "Show changes"}
          </button>
        </>
      }
      output={
        <div className="space-y-3">
          <ServiceOutput run={run} steps={exercise.tests} />
          {exercise.hiddenNames.length > 0 && (
            <details className="text-sm text-slate-700 dark:text-slate-300">
              <summary className="cursor-pointer">
                The server also sends {exercise.hiddenNames.length} hidden requests
              </summary>
              <ul className="mt-1 list-disc pl-5">
                {exercise.hiddenNames.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      }
      hints={exercise.hints}
      solution={solution}
      onShowSolution={showSolution}
      canSave={canSave}
      completed={completed}
      checkState={checkState}
    />
  );
}
