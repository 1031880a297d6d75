import { clsx } from "clsx";

/** A labelled 0–100 % bar; `tone` brand for work under way, emerald for done or overall progress. */
export function ProgressBar({
  percent,
  label,
  tone = "emerald",
}: {
  percent: number;
  label: string;
  tone?: "emerald" | "brand";
}) {
  return (
    <div
      className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      role="progressbar"
      aria-label={label}
      aria-valuenow={percent}
      aria-valuemin={0}
      aria-valuemax={100}
    >
      <div
        className={clsx("h-full rounded-full", tone === "emerald" ? "bg-emerald-500" : "bg-brand-500")}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
