"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { activeFilterCount, catalogHref } from "@/lib/catalog/filter-url";
import type { CatalogFilter } from "@/lib/catalog/schema";

const FIELD =
  "mt-1 block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700";
const PRIMARY =
  "rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400";
const SECONDARY =
  "rounded-lg px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800";

export type FilterOptions = {
  topic: [string, string][];
  level: [string, string][];
  price: [string, string][];
  format: [string, string][];
  sort: [string, string][];
};

function Select({
  name,
  label,
  value,
  options,
  anyLabel = "Any",
}: {
  name: string;
  label: string;
  value?: string;
  options: [string, string][];
  anyLabel?: string;
}) {
  return (
    <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
      {label}
      <select name={name} defaultValue={value ?? ""} className={FIELD}>
        <option value="">{anyLabel}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

function Selects({ filter, options }: { filter: CatalogFilter; options: FilterOptions }) {
  return (
    <>
      <Select name="topic" label="Topic" value={filter.topic} options={options.topic} />
      <Select name="level" label="Level" value={filter.level} options={options.level} />
      <Select name="price" label="Price" value={filter.price} options={options.price} />
      <Select name="format" label="Format" value={filter.format} options={options.format} />
      <Select
        name="sort"
        label="Sort by"
        value={filter.sort}
        options={options.sort}
        anyLabel={filter.q ? "Best match" : "Featured"}
      />
    </>
  );
}

function SearchField({ filter }: { filter: CatalogFilter }) {
  return (
    <label className="block text-sm font-medium text-slate-700 sm:col-span-2 dark:text-slate-300">
      Search
      <input
        type="search"
        name="q"
        defaultValue={filter.q ?? ""}
        maxLength={100}
        placeholder="e.g. pagination, indexes, JWT"
        className={FIELD}
      />
    </label>
  );
}

/**
 * A plain GET form that works without JavaScript; with it, the URL keeps only the filters that are set.
 * On phones the five selects wait behind a "Filters" button, in a sheet.
 */
export function CatalogFilters({ filter, options }: { filter: CatalogFilter; options: FilterOptions }) {
  const router = useRouter();
  const [sheetOpen, setSheetOpen] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => (typeof form.get(key) === "string" ? (form.get(key) as string) : undefined);
    setSheetOpen(false);
    router.push(
      catalogHref({
        q: value("q"),
        topic: value("topic"),
        level: value("level"),
        price: value("price"),
        format: value("format"),
        sort: value("sort"),
      }),
    );
  };
  const active = activeFilterCount(filter);
  return (
    <>
      <form
        action="/courses"
        method="get"
        role="search"
        aria-label="Courses"
        onSubmit={submit}
        className="hidden gap-4 rounded-2xl border border-slate-200 bg-slate-50 p-4 sm:grid sm:grid-cols-2 lg:grid-cols-7 dark:border-slate-800 dark:bg-slate-900/50"
      >
        <SearchField filter={filter} />
        <Selects filter={filter} options={options} />
        <div className="flex gap-2 sm:col-span-2 lg:col-span-7 lg:justify-end">
          <Link href="/courses" className={SECONDARY}>
            Clear
          </Link>
          <button type="submit" className={PRIMARY}>
            Apply filters
          </button>
        </div>
      </form>

      <div className="sm:hidden">
        <form
          action="/courses"
          method="get"
          role="search"
          aria-label="Courses"
          onSubmit={submit}
          className="flex items-end gap-2"
        >
          <div className="min-w-0 flex-1">
            <SearchField filter={filter} />
          </div>
          {/* The sheet's own form carries the search words along; here the other filters ride as hidden fields. */}
          {(["topic", "level", "price", "format", "sort"] as const).map((key) =>
            filter[key] ? <input key={key} type="hidden" name={key} value={filter[key]} /> : null,
          )}
          <button type="submit" className={PRIMARY}>
            Search
          </button>
        </form>
        <Dialog.Root open={sheetOpen} onOpenChange={setSheetOpen}>
          <Dialog.Trigger className="mt-3 inline-flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-100 dark:text-slate-100 dark:ring-slate-700 dark:hover:bg-slate-800">
            Filters
            {active > 0 && (
              <span className="rounded-full bg-brand-600 px-2 text-xs text-white dark:bg-brand-500 dark:text-slate-950">
                {active}
              </span>
            )}
          </Dialog.Trigger>
          <Dialog.Portal>
            <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
            <Dialog.Content className="fixed inset-x-0 bottom-0 z-50 max-h-[85dvh] overflow-y-auto rounded-t-2xl bg-white p-5 shadow-xl dark:bg-slate-900">
              <div className="flex items-center justify-between">
                <Dialog.Title className="text-lg font-semibold text-slate-900 dark:text-white">
                  Filter courses
                </Dialog.Title>
                <Dialog.Close className={SECONDARY}>Close</Dialog.Close>
              </div>
              <Dialog.Description className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                Narrow the catalogue by topic, level, price and format.
              </Dialog.Description>
              <form action="/courses" method="get" onSubmit={submit} className="mt-4 grid gap-4">
                {filter.q && <input type="hidden" name="q" value={filter.q} />}
                <Selects filter={filter} options={options} />
                <div className="flex justify-end gap-2">
                  <Link href={catalogHref({ q: filter.q })} className={SECONDARY} onClick={() => setSheetOpen(false)}>
                    Clear
                  </Link>
                  <button type="submit" className={PRIMARY}>
                    Show courses
                  </button>
                </div>
              </form>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      </div>
    </>
  );
}
