"use client";

import {
  createContext,
  useContext,
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from "react";
import { clsx } from "clsx";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { INPUT_ERROR_STYLES, INPUT_STYLES } from "./form-styles";
import { keptValue, type FormValues } from "./form-values";

export type FieldErrors = Record<string, string[] | undefined>;

const FieldErrorsContext = createContext<FieldErrors>({});
const KeptValuesContext = createContext<FormValues | null>(null);

/** The server's errors by field name, and what the refused submit held, for the fields inside. */
export function FieldErrorsProvider({
  errors,
  values = null,
  children,
}: {
  errors: FieldErrors | undefined;
  values?: FormValues | null;
  children: ReactNode;
}) {
  return (
    <FieldErrorsContext.Provider value={errors ?? {}}>
      <KeptValuesContext.Provider value={values}>{children}</KeptValuesContext.Provider>
    </FieldErrorsContext.Provider>
  );
}

/** What a refused submit held for this name (undefined before any refusal): a field that mounts again shows it. */
export function useKeptValue(name: string): string | undefined {
  return keptValue(useContext(KeptValuesContext), name);
}

/** The kept values of the surrounding form, for fields that are not plain text (checkboxes, radios). */
export function useKeptValues(): FormValues | null {
  return useContext(KeptValuesContext);
}

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: ReactNode;
  labelAside?: ReactNode;
};

/** The line under a field that explains it; the field's control points at `id` (aria-describedby). */
export function FieldHint({ id, hint }: { id: string | undefined; hint?: ReactNode }) {
  return hint ? (
    <p id={id} className="mt-1.5 text-xs text-slate-600 dark:text-slate-400">
      {hint}
    </p>
  ) : null;
}

/** What every labelled field shares: its ids, the server's errors for its name, and the control's linking props. */
export function useField(name: string, hint: ReactNode) {
  const id = useId();
  const errors = useFieldErrors(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const control = {
    id,
    name,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    className: clsx("mt-1.5", errors?.length ? INPUT_ERROR_STYLES : INPUT_STYLES),
  };
  return { id, errors, hintId, errorId, control };
}

/** A field's label (with anything beside it), its control, then its hint and the server's errors. */
export function FieldFrame({
  field,
  label,
  labelAside,
  hint,
  className,
  children,
}: {
  field: ReturnType<typeof useField>;
  label: string;
  labelAside?: ReactNode;
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={field.id} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
          {label}
        </label>
        {labelAside}
      </div>
      {children}
      <FieldHint id={field.hintId} hint={hint} />
      <FieldError id={field.errorId} errors={field.errors} />
    </div>
  );
}

/** A labelled input that shows the server's errors for its name underneath, linked for screen readers. */
export function TextField({ name, label, hint, labelAside, className, defaultValue, ...props }: TextFieldProps) {
  const field = useField(name, hint);
  const kept = useKeptValue(name);
  const shown = props.type === "password" || props.value !== undefined ? defaultValue : (kept ?? defaultValue);
  return (
    <FieldFrame field={field} label={label} labelAside={labelAside} hint={hint} className={className}>
      <input {...field.control} {...props} defaultValue={shown} />
    </FieldFrame>
  );
}

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  hint?: ReactNode;
};

/** TextField's multi-line sibling: the same label, hint and server errors. */
export function TextAreaField({ name, label, hint, className, defaultValue, ...props }: TextAreaFieldProps) {
  const field = useField(name, hint);
  const kept = useKeptValue(name);
  return (
    <FieldFrame field={field} label={label} hint={hint} className={className}>
      <textarea
        {...field.control}
        {...props}
        defaultValue={props.value !== undefined ? defaultValue : (kept ?? defaultValue)}
      />
    </FieldFrame>
  );
}

export function FieldError({ id, errors }: { id?: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1.5 text-sm text-rose-700 dark:text-rose-400">
      {errors.join(" ")}
    </p>
  );
}

export function useFieldErrors(name: string): string[] | undefined {
  return useContext(FieldErrorsContext)[name];
}

export function SubmitButton({
  children,
  pending,
  pendingLabel,
  variant = "primary",
  className,
}: {
  children: ReactNode;
  pending: boolean;
  pendingLabel?: string;
  variant?: keyof typeof BUTTON_STYLES | "danger";
  className?: string;
}) {
  const styles =
    variant === "danger"
      ? "bg-rose-600 text-white shadow-sm hover:bg-rose-700 dark:bg-rose-500 dark:hover:bg-rose-400 dark:text-slate-950"
      : BUTTON_STYLES[variant];
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={clsx(BUTTON_BASE, styles, className)}>
      {pending ? (pendingLabel ?? "Working…") : children}
    </button>
  );
}

export function FormAlert({ tone = "error", children }: { tone?: "error" | "success" | "info"; children: ReactNode }) {
  const styles = {
    error: "bg-rose-50 text-rose-800 ring-rose-200 dark:bg-rose-950/60 dark:text-rose-200 dark:ring-rose-900",
    success:
      "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-900",
    info: "bg-brand-50 text-brand-800 ring-brand-200 dark:bg-brand-950/60 dark:text-brand-200 dark:ring-brand-900",
  }[tone];
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      // An error alert takes the focus when no field is marked (a refused submit moves the focus to it).
      tabIndex={tone === "error" ? -1 : undefined}
      className={clsx("rounded-lg px-4 py-3 text-sm ring-1 ring-inset", styles)}
    >
      {children}
    </div>
  );
}
