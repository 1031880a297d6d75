"use client";
// useActionState for every form on the site: a refused submit keeps what was typed and moves the focus to the
// first field in error (or the form's alert); an accepted one clears the form as React would.
import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  type FormEvent,
  type FormEventHandler,
  type RefObject,
} from "react";
import { requestFormReset } from "react-dom";
import type { ActionResult } from "@/lib/actions/result";
import { submittedValues, type FormValues } from "./form-values";

export type FormAction<T> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;

/** The action's answer, what was submitted when it refused, and a counter so that each refusal moves the focus. */
export type KeptState<T> = { result: ActionResult<T>; values: FormValues | null; attempt: number };

export type KeptForm<T> = {
  result: ActionResult<T> | null;
  /** The refused submission's values: fields that mount again default from them. */
  values: FormValues | null;
  pending: boolean;
  /** Spread onto the <form>: the action for a submit before hydration, the handler that keeps the fields after. */
  formProps: {
    ref: RefObject<HTMLFormElement | null>;
    action: (formData: FormData) => void;
    onSubmit: FormEventHandler<HTMLFormElement>;
  };
};

type Options = {
  /** Clear the fields after an accepted submit (default true, as React does for form actions). */
  resetOnSuccess?: boolean;
};

export function useKeptActionState<T>(action: FormAction<T>, { resetOnSuccess = true }: Options = {}): KeptForm<T> {
  const form = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState(
    async (previous: KeptState<T> | null, formData: FormData): Promise<KeptState<T>> => {
      const result = await action(previous?.result ?? null, formData);
      const element = form.current;
      if (result.ok && resetOnSuccess && element) startTransition(() => requestFormReset(element));
      return { result, values: result.ok ? null : submittedValues(formData), attempt: (previous?.attempt ?? 0) + 1 };
    },
    null,
  );

  useEffect(() => {
    if (!state || state.result.ok) return;
    focusFirstProblem(form.current);
  }, [state]);

  // Submitting through our own transition (not the form's action) stops React from resetting the fields.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  };

  return {
    result: state?.result ?? null,
    values: state?.values ?? null,
    pending,
    formProps: { ref: form, action: dispatch, onSubmit },
  };
}

/** Focuses the first field marked invalid, else the form's alert, so keyboard and screen-reader users land on it. */
export function focusFirstProblem(form: HTMLFormElement | null) {
  if (!form) return;
  const target =
    form.querySelector<HTMLElement>('[aria-invalid="true"]:not([type="hidden"]):not([disabled])') ??
    form.querySelector<HTMLElement>('[role="alert"]');
  target?.focus();
}
