"use client";

import { useState, type FormEvent } from "react";
import { formFields, postForm, type FormResult } from "./post-form";

/** State for a form posting to one of the JSON auth endpoints. */
export function useJsonForm<T>(url: string, extra: () => Record<string, string> = () => ({})) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<FormResult<T> | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const next = await postForm<T>(url, { ...formFields(event.currentTarget), ...extra() });
    setResult(next);
    setPending(false);
  }

  return {
    pending,
    result,
    onSubmit,
    fieldErrors: result && !result.ok ? result.fieldErrors : undefined,
    error: result && !result.ok ? result.error : undefined,
  };
}
