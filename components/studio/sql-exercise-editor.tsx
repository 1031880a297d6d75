"use client";
// Setup, task starter, solution and ordering rule of an SQL exercise; "Run the solution" runs it in the
// browser's PGlite (the learners' own worker) and shows the table learners must reproduce.
import { useRef, useState } from "react";
import { ResultTable } from "@/components/learn/exercises/result-table";
import type { SqlWorkerRequest, SqlWorkerResponse } from "@/components/learn/exercises/sql-protocol";
import type { SqlExercise } from "@/lib/content/schema";
import type { ResultSet } from "@/lib/learning/result-compare";
import { SMALL_BUTTON } from "./call-action";
import { MonoField } from "./mono-field";
import { Errors } from "./quiz-editor";

type Run =
  | { status: "idle" }
  | { status: "running" }
  | { status: "ok"; result: ResultSet }
  | { status: "failed"; message: string };

/** `baseDataDir`: the prebuilt PGlite data directory the learners' worker starts from (its URL comes from the page). */
export function SqlExerciseEditor({
  exercise,
  onChange,
  errorsFor,
  baseDataDir,
}: {
  exercise: SqlExercise;
  onChange: (exercise: SqlExercise) => void;
  errorsFor: (path: string) => string[];
  baseDataDir: string;
}) {
  const [run, setRun] = useState<Run>({ status: "idle" });
  const worker = useRef<Worker | null>(null);

  const execute = () => {
    worker.current?.terminate();
    const w = new Worker(new URL("../learn/exercises/sql.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    setRun({ status: "running" });
    w.onmessage = (event: MessageEvent<SqlWorkerResponse>) => {
      const message = event.data;
      if (message.type === "ready") {
        const request: SqlWorkerRequest = { type: "run", id: 1, sql: exercise.solution };
        return w.postMessage(request);
      }
      if (message.type === "result") setRun({ status: "ok", result: message.result });
      else setRun({ status: "failed", message: message.message });
      w.terminate();
    };
    const init: SqlWorkerRequest = { type: "init", setup: exercise.setup, baseDataDir };
    w.postMessage(init);
  };

  return (
    <div className="space-y-4">
      <MonoField
        label="Setup SQL (tables and rows each attempt starts from)"
        rows={6}
        value={exercise.setup}
        onChange={(setup) => onChange({ ...exercise, setup })}
      />
      <Errors messages={errorsFor("exercise.setup")} />
      <MonoField
        label="Starter query shown to learners"
        rows={2}
        value={exercise.starter}
        onChange={(starter) => onChange({ ...exercise, starter })}
      />
      <MonoField
        label="Solution"
        value={exercise.solution}
        onChange={(solution) => onChange({ ...exercise, solution })}
      />
      <Errors messages={errorsFor("exercise.solution")} />
      <label className="flex items-center gap-2 text-sm text-slate-900 dark:text-slate-100">
        <input
          type="checkbox"
          checked={exercise.orderMatters}
          onChange={(e) => onChange({ ...exercise, orderMatters: e.target.checked })}
          className="size-4"
        />
        Row order matters (the task asks for ORDER BY)
      </label>
      <MonoField
        label="Hints, one a line"
        rows={2}
        mono={false}
        value={exercise.hints.join("\n")}
        onChange={(text) => onChange({ ...exercise, hints: text.split("\n").filter((line) => line.trim()) })}
      />
      <div className="space-y-3" aria-live="polite">
        <button type="button" className={SMALL_BUTTON} onClick={execute} disabled={run.status === "running"}>
          {run.status === "running" ? "Running in PostgreSQL…" : "Run the solution"}
        </button>
        {run.status === "ok" ? (
          <p className="text-sm font-medium text-emerald-800 dark:text-emerald-300" data-testid="solution-verdict">
            The solution runs: learners must reproduce this table ({run.result.rows.length} row(s)).
          </p>
        ) : null}
        {run.status === "ok" ? <ResultTable result={run.result} /> : null}
        {run.status === "failed" ? (
          <pre
            className="overflow-x-auto rounded-lg bg-rose-50 p-3 text-sm whitespace-pre-wrap text-rose-900 dark:bg-rose-950 dark:text-rose-100"
            data-testid="solution-error"
          >
            {run.message}
          </pre>
        ) : null}
      </div>
    </div>
  );
}
