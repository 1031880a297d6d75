import Link from "next/link";
import { clsx } from "clsx";

/** Previous / next links that keep the other query parameters. */
export function Pager({
  page,
  pageCount,
  total,
  noun,
  makeHref,
}: {
  page: number;
  pageCount: number;
  total: number;
  noun: string;
  makeHref: (page: number) => string;
}) {
  const linkStyle =
    "rounded-lg px-3 py-2 text-sm font-semibold ring-1 ring-inset ring-slate-300 hover:bg-slate-50 dark:ring-slate-700 dark:hover:bg-slate-800";
  const disabledStyle = "pointer-events-none opacity-50";
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center justify-between gap-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {total} {noun}
        {total === 1 ? "" : "s"} · page {Math.min(page, pageCount)} of {pageCount}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={makeHref(page - 1)} className={linkStyle} rel="prev">
            Previous
          </Link>
        ) : (
          <span aria-disabled="true" className={clsx(linkStyle, disabledStyle)}>
            Previous
          </span>
        )}
        {page < pageCount ? (
          <Link href={makeHref(page + 1)} className={linkStyle} rel="next">
            Next
          </Link>
        ) : (
          <span aria-disabled="true" className={clsx(linkStyle, disabledStyle)}>
            Next
          </span>
        )}
      </div>
    </nav>
  );
}
