"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CompareOutcome, ResultSet } from "@/lib/learning/result-compare";
import type { SqlLessonExercise } from "@/lib/learning/schema";
import { CodeEditor } from "./code-editor";
import { ExerciseShell, PRIMARY, SECONDARY } from "./exercise-shell";
import { ResultTable } from "./result-table";
import type { SqlWorkerRequest, SqlWorkerResponse } from "./sql-protocol";
import { useSaveSolved } from "./use-save-solved";

const RUN_LIMIT_MS = 15_000;

type Run = { status: "idle" } | { status: "running" } | { status: "error"; message: string } | { status: "done"; result: ResultSet; outcome: CompareOutcome };
type Engine = "loading" | "ready" | "failed";

export type SqlExerciseProps = { lessonId: string; exercise: SqlLessonExercise; canSave: boolean; completed: boolean };

export default function SqlExercise({ lessonId, exercise, canSave, completed }: SqlExerciseProps) {
  const [query, setQuery] = useState(exercise.starter || "SELECT ");
  const [engine, setEngine] = useState<Engine>("loading");
  const [engineError, setEngineError] = useState("");
  const [run, setRun] = useState<Run>({ status: "idle" });
  const [generation, setGeneration] = useState(0);
  const worker = useRef<Worker | null>(null);
  const pending = useRef<{ id: number; timer: number } | null>(null);
  const { saveState, save } = useSaveSolved(lessonId, canSave, completed);

  // One PostgreSQL per exercise, started when the exercise opens and re-created by "Reset database".
  useEffect(() => {
    const w = new Worker(new URL("./sql.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    w.onmessage = (event: MessageEvent<SqlWorkerResponse>) => {
      const message = event.data;
      if (message.type === "ready") return setEngine("ready");
      if (message.type === "failed") {
        setEngine("failed");
        return setEngineError(message.message);
      }
      if (!pending.current || pending.current.id !== message.id) return;
      window.clearTimeout(pending.current.timer);
      pending.current = null;
      if (message.type === "error") return setRun({ status: "error", message: message.message });
      setRun({ status: "done", result: message.result, outcome: message.outcome });
    };
    w.onerror = () => {
      setEngine("failed");
      setEngineError("PostgreSQL could not start in this browser. Try reloading the page.");
    };
    const init: SqlWorkerRequest = { type: "init", setup: exercise.setup, solution: exercise.solution, orderMatters: exercise.orderMatters };
    w.postMessage(init);
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [exercise.setup, exercise.solution, exercise.orderMatters, generation]);

  useEffect(() => {
    if (run.status === "done" && run.outcome.ok) save();
  }, [run, save]);

  const restart = useCallback(() => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
    setEngine("loading");
    setGeneration((g) => g + 1);
  }, []);

  const execute = useCallback(() => {
    if (engine !== "ready" || !worker.current || pending.current) return;
    const id = Date.now();
    // A runaway query (say, an endless recursive CTE) stops the worker; the database is then rebuilt.
    const timer = window.setTimeout(() => {
      pending.current = null;
      setRun({ status: "error", message: `Your query ran for more than ${RUN_LIMIT_MS / 1000} seconds and was stopped. The practice database has been reset.` });
      restart();
    }, RUN_LIMIT_MS);
    pending.current = { id, timer };
    setRun({ status: "running" });
    const message: SqlWorkerRequest = { type: "run", id, sql: query };
    worker.current.postMessage(message);
  }, [engine, query, restart]);

  const status =
    engine === "loading" ? "Starting PostgreSQL in your browser…" : engine === "failed" ? "PostgreSQL failed to start" : run.status === "running" ? "Running…" : "PostgreSQL ready · runs in your browser";

  return (
    <ExerciseShell
      title="SQL exercise"
      status={status}
      editor={<CodeEditor value={query} onChange={setQuery} onRun={execute} language="sql" label="Your SQL query" />}
      actions={
        <>
          <button type="button" className={PRIMARY} onClick={execute} disabled={engine !== "ready" || run.status === "running"}>
            Run and check
          </button>
          <button type="button" className={SECONDARY} onClick={() => setQuery(exercise.starter || "SELECT ")}>
            Reset query
          </button>
          <button type="button" className={SECONDARY} onClick={restart} disabled={engine === "loading"}>
            Reset database
          </button>
        </>
      }
      output={<SqlOutput run={run} engine={engine} engineError={engineError} />}
      hints={exercise.hints}
      solution={exercise.solution}
      onShowSolution={() => setQuery(exercise.solution)}
      canSave={canSave}
      saveState={saveState}
    />
  );
}

function SqlOutput({ run, engine, engineError }: { run: Run; engine: Engine; engineError: string }) {
  if (engine === "failed") return <pre className="overflow-x-auto rounded-lg bg-rose-50 p-4 text-sm text-rose-900 dark:bg-rose-950/50 dark:text-rose-100">{engineError}</pre>;
  if (run.status === "error")
    return (
      <div>
        <p className="text-sm font-semibold text-rose-800 dark:text-rose-300">PostgreSQL says:</p>
        <pre data-testid="sql-error" className="mt-2 overflow-x-auto rounded-lg bg-rose-50 p-4 font-mono text-sm text-rose-900 dark:bg-rose-950/50 dark:text-rose-100">
          {run.message}
        </pre>
      </div>
    );
  if (run.status !== "done") return null;
  return (
    <div className="space-y-3">
      <p
        data-testid="sql-verdict"
        className={
          run.outcome.ok
            ? "rounded-lg bg-emerald-50 px-4 py-3 text-sm font-semibold text-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-100"
            : "rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:bg-amber-950/50 dark:text-amber-100"
        }
      >
        {run.outcome.ok ? "✓ Correct — your result matches the expected one." : `✗ Not yet. ${run.outcome.reason}`}
      </p>
      <ResultTable result={run.result} />
    </div>
  );
}
