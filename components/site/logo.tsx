/** `compact` hides the name on phones (the header link carries it as its label) to leave room for Sign up. */
export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <span className="flex items-center gap-2 text-base font-bold tracking-tight whitespace-nowrap">
      <span
        aria-hidden="true"
        className="grid size-8 place-items-center rounded-lg bg-brand-600 font-mono text-sm text-white dark:bg-brand-500 dark:text-slate-950"
      >
        {"{}"}
      </span>
      <span className={compact ? "max-sm:sr-only" : undefined}>Backend Academy</span>
    </span>
  );
}
