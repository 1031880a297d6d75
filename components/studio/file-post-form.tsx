"use client";
// A file form posted to a studio route handler (uploads, import), showing its answer or its refusal.
import { useState, type ReactNode } from "react";
import { clsx } from "clsx";
import { FieldError, FormAlert, SubmitButton } from "@/components/ui/form/form-controls";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import type { ActionResult } from "@/lib/actions/result";

export function FilePostForm<T>({
  endpoint,
  label,
  accept,
  hidden,
  submitLabel,
  render,
}: {
  endpoint: string;
  label: string;
  accept: string;
  hidden?: Record<string, string>;
  submitLabel: string;
  render: (data: T) => ReactNode;
}) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        try {
          const response = await fetch(endpoint, { method: "POST", body: new FormData(event.currentTarget) });
          setResult((await response.json()) as ActionResult<T>);
        } catch {
          setResult({ ok: false, error: "The server could not be reached. Try again." });
        }
        setPending(false);
      }}
    >
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="block text-sm font-medium text-slate-900 dark:text-slate-100">
        {label}
        <input
          type="file"
          name="file"
          accept={accept}
          required
          className={clsx("mt-1.5", INPUT_STYLES)}
          aria-invalid={result && !result.ok ? true : undefined}
        />
      </label>
      {result && !result.ok ? (
        <>
          <FormAlert>{result.error}</FormAlert>
          <FieldError errors={result.fieldErrors?.file} />
        </>
      ) : null}
      {result?.ok ? <div role="status">{render(result.data)}</div> : null}
      <SubmitButton pending={pending} variant="secondary">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
