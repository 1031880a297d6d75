"use client";
import { useState, type ReactNode } from "react";
import { clsx } from "clsx";

/** On phones the lesson list folds away behind a button; on large screens it is always shown. Rendered once for both. */
export function SidebarDisclosure({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="course-contents-list"
        onClick={() => setOpen((value) => !value)}
        className="mt-4 flex w-full items-center justify-between rounded-lg border border-slate-200 px-3 py-2 text-left font-medium text-slate-800 lg:hidden dark:border-slate-700 dark:text-slate-200"
      >
        {open ? "Hide lessons" : "Show all lessons"}
        <span aria-hidden="true" className={clsx("text-slate-500 transition-transform", open && "rotate-180")}>
          ▾
        </span>
      </button>
      <div id="course-contents-list" className={clsx("mt-4 lg:mt-5 lg:block", open ? "block" : "hidden")}>
        {children}
      </div>
    </>
  );
}
