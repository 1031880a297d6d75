"use client";
// The editor, PostgreSQL and the test runner load only on exercise lessons, after the page is up.
import dynamic from "next/dynamic";
import type { CodeExerciseProps } from "./code-exercise";
import type { SqlExerciseProps } from "./sql-exercise";

function Loading({ label }: { label: string }) {
  return (
    <div
      className="mt-10 flex h-64 items-center justify-center rounded-2xl border border-dashed border-slate-300 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400"
      role="status"
    >
      Loading the {label}…
    </div>
  );
}

export const SqlExerciseLoader = dynamic<SqlExerciseProps>(() => import("./sql-exercise"), {
  ssr: false,
  loading: () => <Loading label="SQL editor" />,
});
export const CodeExerciseLoader = dynamic<CodeExerciseProps>(() => import("./code-exercise"), {
  ssr: false,
  loading: () => <Loading label="code editor" />,
});
