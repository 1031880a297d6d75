"use client";
// Frame shared by the SQL and code exercises: toolbar, hints, solution and the save status.
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { PREVIEW_NOTHING_SAVED, useLearnerPreview } from "../learner-preview-context";
import type { CheckState } from "./use-exercise-check";

const BUTTON =
  "inline-flex items-center gap-2 rounded-lg px-3.5 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";
export const PRIMARY = `${BUTTON} bg-brand-600 text-white hover:bg-brand-700 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400`;
export const SECONDARY = `${BUTTON} bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700 dark:hover:bg-slate-800`;

type Props = {
  title: string;
  /** Beside the title: the language switch of an exercise offered in several languages. */
  switcher?: ReactNode;
  status: ReactNode;
  editor: ReactNode;
  actions: ReactNode;
  output: ReactNode;
  hints: string[];
  /** The model solution: known to the browser only once the server has accepted the learner's answer. */
  solution: string | null;
  onShowSolution: () => void;
  canSave: boolean;
  completed: boolean;
  checkState: CheckState;
};

export function ExerciseShell({
  title,
  switcher,
  status,
  editor,
  actions,
  output,
  hints,
  solution,
  onShowSolution,
  canSave,
  completed,
  checkState,
}: Props) {
  const [shownHints, setShownHints] = useState(0);
  return (
    <section
      aria-label={title}
      className="mt-10 max-w-full min-w-0 rounded-2xl border border-slate-200 bg-slate-50 p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900/60"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h2 className="text-lg font-semibold text-slate-900 dark:text-white">{title}</h2>
          {switcher}
        </div>
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
            Show model solution
          </button>
        )}
        <span className="ml-auto hidden text-xs text-slate-500 sm:inline dark:text-slate-400">
          <kbd className="rounded border border-slate-300 px-1 dark:border-slate-600">Ctrl</kbd> +{" "}
          <kbd className="rounded border border-slate-300 px-1 dark:border-slate-600">Enter</kbd> runs
        </span>
      </div>
      {shownHints > 0 && (
        <ol className="mt-4 list-decimal space-y-1 rounded-lg bg-amber-50 py-3 pr-4 pl-8 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          {hints.slice(0, shownHints).map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ol>
      )}
      <div className="mt-4 min-w-0">{output}</div>
      <CheckNote canSave={canSave} completed={completed} state={checkState} />
    </section>
  );
}

const NOTE = "mt-4 text-sm";

function CheckNote({ canSave, completed, state }: { canSave: boolean; completed: boolean; state: CheckState }) {
  const preview = useLearnerPreview() !== null;
  if (state.status === "checking")
    return <p className={`${NOTE} text-slate-600 dark:text-slate-400`}>Checking your answer on the server…</p>;
  if (state.status === "error")
    return <p className={`${NOTE} font-medium text-rose-700 dark:text-rose-300`}>{state.message}</p>;
  if (state.status === "failed")
    return (
      <div
        data-testid="server-verdict"
        className={`${NOTE} rounded-lg bg-amber-50 px-4 py-3 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100`}
      >
        <p className="font-medium whitespace-pre-wrap">✗ Not yet. {state.feedback}</p>
        {state.failing.length > 0 && (
          <ul className="mt-1 list-disc pl-5">
            {state.failing.map((line) => (
              <li key={line} className="break-words">
                {line}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  if (state.status === "passed")
    return (
      <p data-testid="server-verdict" className={`${NOTE} font-medium text-emerald-800 dark:text-emerald-300`}>
        ✓ Correct — {state.feedback}{" "}
        {state.saved
          ? "Lesson complete."
          : preview
            ? PREVIEW_NOTHING_SAVED
            : canSave
              ? ""
              : "Enrol in the course to save your progress."}
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
  if (completed)
    return <p className={`${NOTE} font-medium text-emerald-800 dark:text-emerald-300`}>✓ Lesson complete.</p>;
  if (preview) return <p className={`${NOTE} text-slate-600 dark:text-slate-400`}>{PREVIEW_NOTHING_SAVED}</p>;
  if (!canSave)
    return (
      <p className={`${NOTE} text-slate-600 dark:text-slate-400`}>
        Enrol in the course to save your progress. You can still practise here.
      </p>
    );
  return null;
}
