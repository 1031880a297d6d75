export function Logo() {
  return (
    <span className="flex items-center gap-2 whitespace-nowrap text-base font-bold tracking-tight">
      <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-600 font-mono text-sm text-white dark:bg-brand-500 dark:text-slate-950">
        {"{}"}
      </span>
      Backend Academy
    </span>
  );
}
