"use client";
// A form bound to a server action that refreshes the page's server data once the action succeeds.
import { useEffect, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FieldErrorsProvider, FormAlert, SubmitButton } from "@/components/ui/form/form-controls";
import { useKeptActionState } from "@/components/ui/form/use-kept-action-state";
import type { StudioAction } from "./call-action";

export function RefreshingForm({
  action,
  submitLabel,
  successMessage,
  className,
  children,
  variant = "primary",
  confirm,
}: {
  action: StudioAction<unknown>;
  submitLabel: string;
  successMessage?: string;
  className?: string;
  children: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  /** A destructive action: the button asks first (components/ui/confirm-dialog.tsx). */
  confirm?: { title: string; description: string; confirmLabel: string };
}) {
  const { result: state, values, pending, formProps } = useKeptActionState(action);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined} values={values}>
      <form {...formProps} noValidate className={className ?? "space-y-3"}>
        {state && !state.ok ? <FormAlert>{state.error}</FormAlert> : null}
        {state?.ok && successMessage ? <FormAlert tone="success">{successMessage}</FormAlert> : null}
        {children}
        {confirm ? (
          <ConfirmDialog
            trigger={pending ? "Working…" : submitLabel}
            triggerDisabled={pending}
            {...confirm}
            onConfirm={() => formProps.ref.current?.requestSubmit()}
          />
        ) : (
          <SubmitButton pending={pending} variant={variant}>
            {submitLabel}
          </SubmitButton>
        )}
      </form>
    </FieldErrorsProvider>
  );
}
