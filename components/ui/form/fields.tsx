"use client";
// Labelled textarea, select and checkbox fields that show the server's error for their name, beside TextField.
import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { clsx } from "clsx";
import { FieldError, useFieldErrors } from "./form-controls";
import { INPUT_ERROR_STYLES, INPUT_STYLES } from "./form-styles";

type Common = { name: string; label: string; hint?: ReactNode; className?: string };

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={id} className="mt-1.5 text-xs text-slate-600 dark:text-slate-400">
      {hint}
    </p>
  ) : null;
}

export function TextAreaField({
  name,
  label,
  hint,
  className,
  ...props
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const errors = useFieldErrors(name);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={clsx(hint && `${id}-hint`, errors?.length && `${id}-error`) || undefined}
        className={clsx("mt-1.5", errors?.length ? INPUT_ERROR_STYLES : INPUT_STYLES)}
        {...props}
      />
      <Hint id={`${id}-hint`} hint={hint} />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  className,
  options,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: Record<string, string> }) {
  const id = useId();
  const errors = useFieldErrors(name);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className={clsx("mt-1.5", errors?.length ? INPUT_ERROR_STYLES : INPUT_STYLES)}
        {...props}
      >
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Hint id={`${id}-hint`} hint={hint} />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
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
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        name={name}
        type="checkbox"
        defaultChecked={defaultChecked}
        className="mt-0.5 size-4 rounded border-slate-400 text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-900 dark:text-slate-100">
          {label}
        </label>
        <Hint id={`${id}-hint`} hint={hint} />
      </div>
    </div>
  );
}
