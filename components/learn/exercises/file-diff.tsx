"use client";
// One file against its starter, line by line: what the learner added (+) and removed (−).
import { diffLines } from "diff";

export function FileDiff({ path, before, after }: { path: string; before: string; after: string }) {
  const parts = diffLines(before, after);
  const changed = parts.some((part) => part.added || part.removed);
  return (
    <figure className="mt-3">
      <figcaption className="text-sm font-semibold text-slate-700 dark:text-slate-300">
        {changed ? `Your changes to ${path} (+ added, − removed, against the starter)` : `${path} is as it started.`}
      </figcaption>
      {changed && (
        <pre
          data-testid="file-diff"
          // A long diff scrolls: reachable by keyboard.
          tabIndex={0}
          className="mt-1 max-h-72 overflow-auto rounded-lg border border-slate-200 bg-white p-3 font-mono text-xs text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
        >
          {parts.map((part, i) => (
            <span
              key={i}
              className={
                part.added
                  ? "block bg-emerald-100 dark:bg-emerald-900/70"
                  : part.removed
                    ? "block bg-rose-100 dark:bg-rose-900/70"
                    : "block"
              }
            >
              {part.value
                .split("\n")
                .filter((line, j, all) => j < all.length - 1 || line !== "")
                .map((line) => `${part.added ? "+ " : part.removed ? "− " : "  "}${line}\n`)
                .join("")}
            </span>
          ))}
        </pre>
      )}
    </figure>
  );
}
