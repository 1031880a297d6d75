// Calls a server action from an event handler with plain fields, the way a form would post them.
import type { ActionResult } from "@/lib/actions/result";

export type StudioAction<T> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;

export async function callAction<T>(
  action: StudioAction<T>,
  fields: Record<string, string | number | boolean>,
): Promise<ActionResult<T>> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, String(value));
  try {
    return await action(null, formData);
  } catch {
    return {
      ok: false,
      error: "The server could not be reached. Check your connection; your work is kept in this browser.",
    };
  }
}

export const SMALL_BUTTON =
  "inline-flex items-center justify-center rounded-lg px-2.5 py-1.5 text-sm font-semibold text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-50 dark:text-slate-100 dark:ring-slate-700 dark:hover:bg-slate-800";
export const DANGER_BUTTON = `${SMALL_BUTTON} text-rose-700 dark:text-rose-300`;
