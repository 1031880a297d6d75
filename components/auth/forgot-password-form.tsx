"use client";

import { FieldErrorsProvider, FormAlert, SubmitButton, TextField } from "@/components/ui/form/form-controls";
import { useJsonForm } from "./use-json-form";

export function ForgotPasswordForm() {
  const form = useJsonForm<{ email: string }>("/api/auth/forgot-password");
  if (form.result?.ok) {
    return (
      <FormAlert tone="success">
        If <strong>{form.result.data.email}</strong> has an account, we&apos;ve sent it a link to choose a new password.
        The link works once, for 30 minutes.
      </FormAlert>
    );
  }
  return (
    <FieldErrorsProvider errors={form.fieldErrors}>
      <form onSubmit={form.onSubmit} noValidate className="space-y-5">
        {form.error ? <FormAlert>{form.error}</FormAlert> : null}
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          maxLength={254}
          required
        />
        <SubmitButton pending={form.pending} pendingLabel="Sending…" className="w-full">
          Send reset link
        </SubmitButton>
      </form>
    </FieldErrorsProvider>
  );
}
