"use client";

import { useActionState, useEffect, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FieldErrorsProvider, FormAlert, SubmitButton } from "./form-controls";

type Result = ActionResult<unknown>;

type Props = {
  action: (previous: unknown, formData: FormData) => Promise<Result>;
  submitLabel: string;
  pendingLabel?: string;
  successMessage?: string;
  /** Full navigation after success (e.g. to sign-in once the session has been ended). */
  redirectTo?: string;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  children?: ReactNode;
  /** Sits beside the submit button. */
  aside?: ReactNode;
};

/** A form bound to a server action: inline field errors, one alert, pending state on the button. */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel,
  successMessage,
  redirectTo,
  variant = "primary",
  className,
  children,
  aside,
}: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok && redirectTo) window.location.assign(redirectTo);
  }, [state, redirectTo]);
  return (
    <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
      <form action={formAction} noValidate className={className ?? "space-y-4"}>
        {state && !state.ok ? <FormAlert>{state.error}</FormAlert> : null}
        {state?.ok && successMessage ? <FormAlert tone="success">{successMessage}</FormAlert> : null}
        {children}
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={pending} pendingLabel={pendingLabel} variant={variant}>
            {submitLabel}
          </SubmitButton>
          {aside}
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
