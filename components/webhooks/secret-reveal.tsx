"use client";
// A signing secret shown once, with a copy button.
import { useState } from "react";

export function SecretReveal({ secret, message }: { secret: string; message: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div
      role="status"
      className="space-y-2 rounded-xl bg-emerald-50 p-4 ring-1 ring-emerald-200 dark:bg-emerald-950 dark:ring-emerald-900"
    >
      <p className="text-sm font-medium text-emerald-900 dark:text-emerald-100">{message}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="webhook-secret"
          className="min-w-0 rounded bg-white px-2 py-1 font-mono text-sm break-all text-slate-900 ring-1 ring-emerald-200 dark:bg-slate-900 dark:text-slate-100 dark:ring-emerald-800"
        >
          {secret}
        </code>
        <button
          type="button"
          className="rounded-lg px-3 py-1.5 text-sm font-semibold text-emerald-900 ring-1 ring-emerald-300 hover:bg-emerald-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-emerald-100 dark:ring-emerald-700 dark:hover:bg-emerald-900"
          onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}
        >
          {copied ? "Copied" : "Copy secret"}
        </button>
      </div>
    </div>
  );
}
