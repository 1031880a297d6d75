"use client";
// A labelled monospace textarea (SQL, code, JSON). The label points at the textarea by id rather than
// wrapping it, so the field's accessible name is the label alone, not the label plus its text.
import { useId } from "react";
import { clsx } from "clsx";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";

export function MonoField({
  label,
  value,
  onChange,
  rows = 4,
  mono = true,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  mono?: boolean;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={clsx(INPUT_STYLES, "mt-1", mono && "font-mono")}
        spellCheck={false}
      />
    </div>
  );
}
