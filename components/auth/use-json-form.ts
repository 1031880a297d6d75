"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { focusFirstProblem } from "@/components/ui/form/use-kept-action-state";
import { formFields, postForm, type FormResult } from "./post-form";

/** State for a form posting to one of the JSON auth endpoints. */
export function useJsonForm<T>(url: string, extra: () => Record<string, string> = () => ({})) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<FormResult<T> | null>(null);
  // The fields keep what was typed (the submit is ours, nothing resets them); a refusal focuses the first error.
  const form = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (result && !result.ok) focusFirstProblem(form.current);
  }, [result]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.current = event.currentTarget;
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
