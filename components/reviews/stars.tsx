/** Five stars as text, with the rating spelt out for screen readers. */
export function Stars({ rating, label }: { rating: number; label?: string }) {
  const full = Math.round(rating);
  return (
    <span className="inline-flex items-center gap-1">
      <span aria-hidden="true" className="tracking-tight text-amber-600 dark:text-amber-400">
        {"★".repeat(full)}
        <span className="text-slate-300 dark:text-slate-600">{"★".repeat(5 - full)}</span>
      </span>
      <span className="sr-only">{label ?? `${rating} out of 5 stars`}</span>
    </span>
  );
}
