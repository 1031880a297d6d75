// Shared class names of the Q&A components (the review forms' look).
export const FIELD =
  "mt-1 block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700";
export const BUTTON =
  "rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400";
export const QUIET =
  "rounded-md px-2 py-1 text-xs font-semibold text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:opacity-60 dark:text-slate-200 dark:ring-slate-700 dark:hover:bg-slate-800";
export const PROSE =
  "prose prose-sm max-w-none prose-slate dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-pre:text-xs";

export const threadsUrl = (lessonId: string, sort: string) =>
  `/api/discussions/threads?${new URLSearchParams({ lessonId, sort })}`;
export const threadUrl = (questionId: string) => `/api/discussions/threads/${encodeURIComponent(questionId)}`;
