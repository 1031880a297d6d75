import Link from "next/link";
import { FORMAT_LABEL, LEVEL_LABEL, TOPIC_LABEL } from "@/lib/catalog/labels";
import { SORT_LABEL, type CatalogFilter } from "@/lib/catalog/schema";

const SELECT = "mt-1 block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700";

function Select({ name, label, value, options, anyLabel = "Any" }: { name: string; label: string; value?: string; options: [string, string][]; anyLabel?: string | null }) {
  return (
    <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
      {label}
      <select name={name} defaultValue={value ?? ""} className={SELECT}>
        {anyLabel !== null && <option value="">{anyLabel}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A plain GET form: works without JavaScript and keeps every filter in the URL. */
export function CatalogFilters({ filter }: { filter: CatalogFilter }) {
  return (
    <form action="/courses" method="get" role="search" className="grid gap-4 rounded-2xl border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-7 dark:border-slate-800 dark:bg-slate-900/50">
      <label className="block text-sm font-medium text-slate-700 sm:col-span-2 dark:text-slate-300">
        Search
        <input type="search" name="q" defaultValue={filter.q ?? ""} maxLength={100} placeholder="e.g. pagination, indexes, JWT" className={SELECT} />
      </label>
      <Select name="topic" label="Topic" value={filter.topic} options={Object.entries(TOPIC_LABEL)} />
      <Select name="level" label="Level" value={filter.level} options={Object.entries(LEVEL_LABEL)} />
      <Select name="price" label="Price" value={filter.price} options={[["free", "Free"], ["paid", "Paid"]]} />
      <Select name="format" label="Format" value={filter.format} options={Object.entries(FORMAT_LABEL)} />
      <Select name="sort" label="Sort by" value={filter.sort} options={Object.entries(SORT_LABEL).filter(([key]) => key !== "relevance")} anyLabel={filter.q ? "Best match" : "Featured"} />
      <div className="flex gap-2 sm:col-span-2 lg:col-span-7 lg:justify-end">
        <Link href="/courses" className="rounded-lg px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800">
          Clear
        </Link>
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-brand-500 dark:text-slate-950">
          Apply filters
        </button>
      </div>
    </form>
  );
}
