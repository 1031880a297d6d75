import type { FaqEntry } from "@/lib/catalog/faq";

/** Questions as disclosure widgets: keyboard- and screen-reader-friendly without any script. */
export function FaqList({ entries }: { entries: FaqEntry[] }) {
  return (
    <div className="divide-y divide-slate-200 rounded-2xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {entries.map((entry) => (
        <details key={entry.question} className="group p-4">
          <summary className="cursor-pointer font-semibold text-slate-900 dark:text-white">{entry.question}</summary>
          <p className="mt-2 text-sm leading-6 text-slate-700 dark:text-slate-300">{entry.answer}</p>
        </details>
      ))}
    </div>
  );
}
