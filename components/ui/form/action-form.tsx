"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FieldErrorsProvider, FormAlert, SubmitButton } from "./form-controls";
import { useKeptActionState, type FormAction } from "./use-kept-action-state";

type Props = {
  action: FormAction<unknown>;
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
  /** A destructive action: the button asks first, in a dialog naming what happens. */
  confirm?: { title: string; description: ReactNode; confirmLabel: string };
  /** Runs once per accepted submit, with the action's data. */
  onSuccess?: (data: unknown) => void;
};

/** A form bound to a server action: inline field errors, one alert, pending state on the button; a refused
 * submit keeps what was typed and focuses the first error. */
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
  confirm,
  onSuccess,
}: Props) {
  const { result: state, values, pending, formProps } = useKeptActionState(action);
  const succeeded = useRef(onSuccess);
  useEffect(() => {
    succeeded.current = onSuccess;
  });
  useEffect(() => {
    if (!state?.ok) return;
    succeeded.current?.(state.data);
    if (redirectTo) window.location.assign(redirectTo);
  }, [state, redirectTo]);
  return (
    <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined} values={values}>
      <form {...formProps} noValidate className={className ?? "space-y-4"}>
        {state && !state.ok ? <FormAlert>{state.error}</FormAlert> : null}
        {state?.ok && successMessage ? <FormAlert tone="success">{successMessage}</FormAlert> : null}
        {children}
        <div className="flex flex-wrap items-center gap-3">
          {confirm ? (
            <ConfirmDialog
              trigger={pending ? (pendingLabel ?? "Working…") : submitLabel}
              triggerDisabled={pending}
              title={confirm.title}
              description={confirm.description}
              confirmLabel={confirm.confirmLabel}
              onConfirm={() => formProps.ref.current?.requestSubmit()}
            />
          ) : (
            <SubmitButton pending={pending} pendingLabel={pendingLabel} variant={variant}>
              {submitLabel}
            </SubmitButton>
          )}
          {aside}
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
