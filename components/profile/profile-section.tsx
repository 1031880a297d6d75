import type { ReactNode } from "react";
import { clsx } from "clsx";

export function ProfileSection({
  id,
  title,
  description,
  children,
  tone = "default",
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  tone?: "default" | "danger";
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={clsx(
        "rounded-2xl border bg-white p-6 shadow-sm dark:bg-slate-900",
        tone === "danger" ? "border-rose-200 dark:border-rose-900" : "border-slate-200 dark:border-slate-800",
      )}
    >
      <div className="md:grid md:grid-cols-3 md:gap-8">
        <div>
          <h2
            id={`${id}-title`}
            className={clsx(
              "text-base font-semibold",
              tone === "danger" ? "text-rose-700 dark:text-rose-400" : "text-slate-900 dark:text-white",
            )}
          >
            {title}
          </h2>
          {description ? (
            <div className="mt-1 text-sm leading-6 text-slate-600 dark:text-slate-400">{description}</div>
          ) : null}
        </div>
        <div className="mt-5 md:col-span-2 md:mt-0">{children}</div>
      </div>
    </section>
  );
}
