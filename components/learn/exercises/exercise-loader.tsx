"use client";
// The editor, PostgreSQL and the test runner load only on exercise lessons, after the page is up.
import dynamic from "next/dynamic";
import type { WriteTestsView } from "@/lib/learning/schema";
import type { CodeExerciseProps } from "./code-exercise";
import type { SqlExerciseProps } from "./sql-exercise";
import type { WriteTestsExerciseProps } from "./write-tests-exercise";

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
const FunctionExerciseLoader = dynamic<CodeExerciseProps>(() => import("./code-exercise"), {
  ssr: false,
  loading: () => <Loading label="code editor" />,
});
const WriteTestsExerciseLoader = dynamic<WriteTestsExerciseProps>(() => import("./write-tests-exercise"), {
  ssr: false,
  loading: () => <Loading label="test editor" />,
});

/** A code lesson's exercise: write a function, or ("write the tests") write a test suite for one. */
export function CodeExerciseLoader({
  exercise,
  ...props
}: Omit<CodeExerciseProps, "exercise"> & { exercise: CodeExerciseProps["exercise"] | WriteTestsView }) {
  return "task" in exercise ? (
    <WriteTestsExerciseLoader {...props} exercise={exercise} />
  ) : (
    <FunctionExerciseLoader {...props} exercise={exercise} />
  );
}
