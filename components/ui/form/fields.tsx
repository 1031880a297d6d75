"use client";
// Labelled select and checkbox fields, beside TextField and TextAreaField (form-controls.tsx): the select shows
// the server's error for its name, through the same frame.
import { useId, type ReactNode, type SelectHTMLAttributes } from "react";
import { FieldFrame, FieldHint, useField, useKeptValue, useKeptValues } from "./form-controls";
import { wasChecked } from "./form-values";

export function SelectField({
  name,
  label,
  hint,
  className,
  options,
  defaultValue,
  ...props
}: { name: string; label: string; hint?: ReactNode; className?: string } & SelectHTMLAttributes<HTMLSelectElement> & {
    options: Record<string, string>;
  }) {
  const field = useField(name, hint);
  const kept = useKeptValue(name);
  return (
    <FieldFrame field={field} label={label} hint={hint} className={className}>
      <select
        {...field.control}
        {...props}
        defaultValue={props.value !== undefined ? defaultValue : (kept ?? defaultValue)}
      >
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({
  name,
  label,
  defaultChecked,
  hint,
}: {
  name: string;
  label: string;
  defaultChecked?: boolean;
  hint?: ReactNode;
}) {
  const id = useId();
  const kept = wasChecked(useKeptValues(), name);
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        name={name}
        type="checkbox"
        defaultChecked={kept ?? defaultChecked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-4 rounded border-slate-400 text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-900 dark:text-slate-100">
          {label}
        </label>
        <FieldHint id={`${id}-hint`} hint={hint} />
      </div>
    </div>
  );
}
