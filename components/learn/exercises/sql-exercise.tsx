"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ResultSet } from "@/lib/learning/result-compare";
import type { SqlExerciseView } from "@/lib/learning/schema";
import { CodeEditor } from "./code-editor";
import { ExerciseShell, PRIMARY, SECONDARY } from "./exercise-shell";
import { ResultTable } from "./result-table";
import { takeSqlWorker } from "./sql-engine";
import type { SqlWorkerRequest, SqlWorkerResponse } from "./sql-protocol";
import { useExerciseCheck } from "./use-exercise-check";
import { useSavedAnswer } from "./use-saved-answer";

const RUN_LIMIT_MS = 15_000;

type Run =
  | { status: "idle" }
  | { status: "running" }
  | { status: "error"; message: string }
  | { status: "done"; result: ResultSet };
type Engine = "loading" | "ready" | "failed";

export type SqlExerciseProps = {
  lessonId: string;
  exercise: SqlExerciseView;
  baseDataDir: string;
  canSave: boolean;
  completed: boolean;
  saved: { lastAnswer: string | null; solution: string | null } | null;
};

export default function SqlExercise({ lessonId, exercise, baseDataDir, canSave, completed, saved }: SqlExerciseProps) {
  const starter = exercise.starter || "SELECT ";
  const [query, setQuery] = useSavedAnswer(starter, saved?.lastAnswer ?? null);
  const [engine, setEngine] = useState<Engine>("loading");
  const [engineError, setEngineError] = useState("");
  const [run, setRun] = useState<Run>({ status: "idle" });
  const [generation, setGeneration] = useState(0);
  const [solution, setSolution] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const pending = useRef<{ id: number; timer: number; sql: string } | null>(null);
  const { checkState, check } = useExerciseCheck(lessonId, canSave, setSolution);
  // The worker outlives changes of `check` (it changes when the learner's state arrives).
  const checkRef = useRef(check);
  useEffect(() => {
    checkRef.current = check;
  }, [check]);

  // One PostgreSQL per exercise, booting since the lesson opened (SqlEngineWarmup) and re-created by
  // "Reset database".
  useEffect(() => {
    const w = takeSqlWorker(baseDataDir);
    worker.current = w;
    w.onmessage = (event: MessageEvent<SqlWorkerResponse>) => {
      const message = event.data;
      if (message.type === "ready") {
        // Read by the e2e timing report: how long the editor waited for PostgreSQL, phase by phase.
        document.documentElement.dataset.sqlStartupMs = String(message.startupMs);
        document.documentElement.dataset.sqlStartupPhases = JSON.stringify(message.phases);
        return setEngine("ready");
      }
      if (message.type === "failed") {
        setEngine("failed");
        return setEngineError(message.message);
      }
      const current = pending.current;
      if (!current || current.id !== message.id) return;
      window.clearTimeout(current.timer);
      pending.current = null;
      if (message.type === "error") return setRun({ status: "error", message: message.message });
      setRun({ status: "done", result: message.result });
      // The query ran here; whether it is the answer is the server's call.
      checkRef.current(current.sql);
    };
    w.onerror = () => {
      setEngine("failed");
      setEngineError("PostgreSQL could not start in this browser. Try reloading the page.");
    };
    const init: SqlWorkerRequest = { type: "init", setup: exercise.setup, baseDataDir };
    w.postMessage(init);
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [exercise.setup, baseDataDir, generation]);

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
      setRun({
        status: "error",
        message: `Your query ran for more than ${RUN_LIMIT_MS / 1000} seconds and was stopped. The practice database has been reset.`,
      });
      restart();
    }, RUN_LIMIT_MS);
    pending.current = { id, timer, sql: query };
    setRun({ status: "running" });
    const message: SqlWorkerRequest = { type: "run", id, sql: query };
    worker.current.postMessage(message);
  }, [engine, query, restart]);

  const status =
    engine === "loading"
      ? "Starting PostgreSQL in your browser…"
      : engine === "failed"
        ? "PostgreSQL failed to start"
        : run.status === "running"
          ? "Running…"
          : "PostgreSQL ready · runs in your browser";

  return (
    <ExerciseShell
      title="SQL exercise"
      status={status}
      editor={<CodeEditor value={query} onChange={setQuery} onRun={execute} language="sql" label="Your SQL query" />}
      actions={
        <>
          <button
            type="button"
            className={PRIMARY}
            onClick={execute}
            disabled={engine !== "ready" || run.status === "running" || checkState.status === "checking"}
          >
            Run and check
          </button>
          <button type="button" className={SECONDARY} onClick={() => setQuery(starter)}>
            Reset query
          </button>
          <button type="button" className={SECONDARY} onClick={restart} disabled={engine === "loading"}>
            Reset database
          </button>
        </>
      }
      output={<SqlOutput run={run} engine={engine} engineError={engineError} />}
      hints={exercise.hints}
      solution={solution ?? saved?.solution ?? null}
      onShowSolution={() => setQuery(solution ?? saved?.solution ?? query)}
      canSave={canSave}
      completed={completed}
      checkState={checkState}
    />
  );
}

function SqlOutput({ run, engine, engineError }: { run: Run; engine: Engine; engineError: string }) {
  if (engine === "failed")
    return (
      <pre className="overflow-x-auto rounded-lg bg-rose-50 p-4 text-sm text-rose-900 dark:bg-rose-950/50 dark:text-rose-100">
        {engineError}
      </pre>
    );
  if (run.status === "error")
    return (
      <div>
        <p className="text-sm font-semibold text-rose-800 dark:text-rose-300">PostgreSQL says:</p>
        <pre
          data-testid="sql-error"
          className="mt-2 overflow-x-auto rounded-lg bg-rose-50 p-4 font-mono text-sm whitespace-pre-wrap text-rose-900 dark:bg-rose-950/50 dark:text-rose-100"
        >
          {run.message}
        </pre>
      </div>
    );
  if (run.status !== "done") return null;
  return <ResultTable result={run.result} />;
}
