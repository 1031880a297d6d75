"use client";

import { useState } from "react";

/** Copies `text` to the clipboard; says so for a moment, and to screen readers. */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={() =>
        void navigator.clipboard?.writeText(text).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        })
      }
      className="rounded-md px-2.5 py-1 text-xs font-semibold text-slate-200 ring-1 ring-slate-600 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-brand-400"
    >
      <span aria-live="polite">{copied ? "Copied" : label}</span>
    </button>
  );
}
