import type { ReactNode } from "react";

/** The frame around every account form: a heading, a short line under it, the form, and a footer line. */
export function AuthCard({
  title,
  description,
  children,
  footer,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12 sm:py-16">
      <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white">{title}</h1>
        {description ? (
          <p className="mt-2 text-sm leading-6 text-slate-600 dark:text-slate-400">{description}</p>
        ) : null}
        <div className="mt-6">{children}</div>
      </div>
      {footer ? <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">{footer}</p> : null}
    </div>
  );
}

export const TEXT_LINK = "font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300";
