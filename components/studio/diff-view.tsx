// A version diff as a code review shows it: the changed parts first, each with a few lines of context and
// its line numbers, "N unchanged lines" between them; the whole file stays one click away.
import { clsx } from "clsx";
import { diffHunks, type DiffLine } from "@/lib/studio/version-diff";

function Line({ line }: { line: DiffLine }) {
  const sign = line.kind === "added" ? "+" : line.kind === "removed" ? "−" : " ";
  return (
    <div
      className={clsx(
        "grid grid-cols-[2.5rem_2.5rem_1.25rem_1fr]",
        line.kind === "added" && "bg-emerald-100 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100",
        line.kind === "removed" && "bg-rose-100 text-rose-950 dark:bg-rose-950 dark:text-rose-100",
        line.kind === "same" && "text-slate-800 dark:text-slate-200",
      )}
    >
      <span aria-hidden="true" className="pr-2 text-right text-slate-600 select-none dark:text-slate-400">
        {line.oldNo ?? ""}
      </span>
      <span aria-hidden="true" className="pr-2 text-right text-slate-600 select-none dark:text-slate-400">
        {line.newNo ?? ""}
      </span>
      <span aria-hidden="true" className="select-none">
        {sign}
      </span>
      <span className="break-words whitespace-pre-wrap">
        <span className="sr-only">
          {line.kind === "added" ? "added: " : line.kind === "removed" ? "removed: " : ""}
        </span>
        {line.text}
      </span>
    </div>
  );
}

function Skipped({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p className="my-1 rounded bg-slate-100 px-3 py-1 text-slate-600 dark:bg-slate-900 dark:text-slate-400">
      ⋯ {count} unchanged {count === 1 ? "line" : "lines"}
    </p>
  );
}

const BOX =
  "rounded-xl border border-slate-200 bg-white p-3 font-mono text-xs leading-5 dark:border-slate-800 dark:bg-slate-950";

export function DiffView({ lines }: { lines: DiffLine[] }) {
  const { hunks, skippedAfter } = diffHunks(lines);
  return (
    <>
      {hunks.length > 0 && (
        <div data-testid="version-diff" className={clsx("mt-3", BOX)}>
          {hunks.map((hunk, i) => (
            <div key={i}>
              <Skipped count={hunk.skippedBefore} />
              {hunk.lines.map((line, j) => (
                <Line key={j} line={line} />
              ))}
            </div>
          ))}
          <Skipped count={skippedAfter} />
        </div>
      )}
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-brand-300">
          Show the whole file
        </summary>
        <div className={clsx("mt-2", BOX)}>
          {lines.map((line, i) => (
            <Line key={i} line={line} />
          ))}
        </div>
      </details>
    </>
  );
}
