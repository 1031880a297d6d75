"use client";
// The editor, PostgreSQL and the test runner load only on exercise lessons, after the page is up.
import dynamic from "next/dynamic";
import type { ServiceView, WriteTestsView } from "@/lib/learning/schema";
import type { CodeExerciseProps } from "./code-exercise";
import type { ServiceExerciseProps } from "./service-exercise";
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

const ServiceExerciseLoader = dynamic<ServiceExerciseProps>(() => import("./service-exercise"), {
  ssr: false,
  loading: () => <Loading label="project editor" />,
});

/** A code lesson's exercise: write a function, write a test suite for one, or build a small service. */
export function CodeExerciseLoader({
  exercise,
  baseDataDir,
  ...props
}: Omit<CodeExerciseProps, "exercise"> & {
  exercise: CodeExerciseProps["exercise"] | WriteTestsView | ServiceView;
  /** For a service project with a database. */
  baseDataDir?: string;
}) {
  if (!("task" in exercise)) return <FunctionExerciseLoader {...props} exercise={exercise} />;
  return exercise.task === "service" ? (
    <ServiceExerciseLoader {...props} baseDataDir={baseDataDir} exercise={exercise} />
  ) : (
    <WriteTestsExerciseLoader {...props} exercise={exercise} />
  );
}
