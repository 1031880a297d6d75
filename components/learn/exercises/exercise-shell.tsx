"use client";
// Frame shared by the SQL and code exercises: toolbar, hints, solution and the save status.
import Link from "next/link";
import { useState, type ReactNode } from "react";
import type { SaveState } from "./use-save-solved";

const BUTTON = "inline-flex items-center gap-2 rounded-lg px-3.5 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";
export const PRIMARY = `${BUTTON} bg-brand-600 text-white hover:bg-brand-700 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400`;
export const SECONDARY = `${BUTTON} bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700 dark:hover:bg-slate-800`;

type Props = {
  title: string;
  status: ReactNode;
  editor: ReactNode;
  actions: ReactNode;
  output: ReactNode;
  hints: string[];
  solution: string;
  onShowSolution: () => void;
  canSave: boolean;
  saveState: SaveState;
};

export function ExerciseShell({ title, status, editor, actions, output, hints, solution, onShowSolution, canSave, saveState }: Props) {
  const [shownHints, setShownHints] = useState(0);
  return (
    <section aria-label={title} className="mt-10 rounded-2xl border border-slate-200 bg-slate-50 p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900/60">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-900 dark:text-white">{title}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400" role="status" aria-live="polite">
          {status}
        </p>
      </div>
      <div className="mt-4">{editor}</div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {actions}
        {shownHints < hints.length && (
          <button type="button" className={SECONDARY} onClick={() => setShownHints((n) => n + 1)}>
            {shownHints === 0 ? "Show a hint" : "Another hint"}
          </button>
        )}
        {solution && (
          <button type="button" className={SECONDARY} onClick={onShowSolution}>
            Show solution
          </button>
        )}
        <span className="ml-auto hidden text-xs text-slate-500 sm:inline dark:text-slate-400">
          <kbd className="rounded border border-slate-300 px-1 dark:border-slate-600">Ctrl</kbd> + <kbd className="rounded border border-slate-300 px-1 dark:border-slate-600">Enter</kbd> runs
        </span>
      </div>
      {shownHints > 0 && (
        <ol className="mt-4 list-decimal space-y-1 rounded-lg bg-amber-50 py-3 pl-8 pr-4 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          {hints.slice(0, shownHints).map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ol>
      )}
      <div className="mt-4">{output}</div>
      <SaveNote canSave={canSave} state={saveState} />
    </section>
  );
}

function SaveNote({ canSave, state }: { canSave: boolean; state: SaveState }) {
  if (!canSave) return <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">Enrol in the course to save your progress. You can still practise here.</p>;
  if (state.status === "saving") return <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">Saving your progress…</p>;
  if (state.status === "error") return <p className="mt-4 text-sm font-medium text-rose-700 dark:text-rose-300">{state.message}</p>;
  if (state.status === "saved")
    return (
      <p className="mt-4 text-sm font-medium text-emerald-800 dark:text-emerald-300">
        ✓ Lesson complete.
        {state.certificateId && (
          <>
            {" "}
            You finished the course —{" "}
            <Link href={`/certificates/${state.certificateId}`} className="underline">
              see your certificate
            </Link>
            .
          </>
        )}
      </p>
    );
  return null;
}
