// Shared by server and client components (a "use client" module cannot export plain values to the server).
const INPUT_BASE =
  "block w-full rounded-lg border-0 bg-white px-3 py-2.5 text-sm text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:outline-none focus:ring-2 focus:ring-inset focus:ring-brand-600 dark:bg-slate-900 dark:text-white dark:focus:ring-brand-400";

export const INPUT_STYLES = `${INPUT_BASE} ring-slate-300 dark:ring-slate-700`;
export const INPUT_ERROR_STYLES = `${INPUT_BASE} ring-rose-500 dark:ring-rose-400`;
