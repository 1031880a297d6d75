import Link from "next/link";

const TABS = [
  { href: "/courses", label: "All courses" },
  { href: "/tracks", label: "Suggested order" },
] as const;

/** Two views of the catalogue: every course, or the tracks in the order we suggest taking them. */
export function CatalogTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Catalogue views" className="mt-6 flex gap-2">
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.href === current ? "page" : undefined}
          className="rounded-full px-4 py-1.5 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-100 aria-[current]:bg-slate-900 aria-[current]:text-white aria-[current]:ring-slate-900 dark:text-slate-200 dark:ring-slate-700 dark:hover:bg-slate-800 dark:aria-[current]:bg-white dark:aria-[current]:text-slate-900"
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
