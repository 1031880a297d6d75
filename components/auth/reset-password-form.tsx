"use client";

import Link from "next/link";
import { FieldErrorsProvider, FormAlert, SubmitButton, TextField } from "@/components/ui/form/form-controls";
import { useJsonForm } from "./use-json-form";
import { TEXT_LINK } from "./auth-card";

export function ResetPasswordForm({ token }: { token: string }) {
  const form = useJsonForm<{ email: string }>("/api/auth/reset-password", () => ({ token }));
  if (form.result?.ok) {
    return (
      <FormAlert tone="success">
        Your password has been changed and you&apos;ve been signed out everywhere.{" "}
        <Link href="/sign-in" className={TEXT_LINK}>
          Sign in with your new password
        </Link>
        .
      </FormAlert>
    );
  }
  const tokenProblem = form.result && !form.result.ok && !form.fieldErrors;
  return (
    <FieldErrorsProvider errors={form.fieldErrors}>
      <form onSubmit={form.onSubmit} noValidate className="space-y-5">
        {form.error ? (
          <FormAlert>
            {form.error}{" "}
            {tokenProblem ? (
              <Link href="/forgot-password" className={TEXT_LINK}>
                Get a new reset link
              </Link>
            ) : null}
          </FormAlert>
        ) : null}
        <TextField
          name="password"
          label="New password"
          type="password"
          autoComplete="new-password"
          maxLength={128}
          hint="At least 8 characters. Avoid passwords you use elsewhere."
          required
        />
        <SubmitButton pending={form.pending} pendingLabel="Saving…" className="w-full">
          Set new password
        </SubmitButton>
      </form>
    </FieldErrorsProvider>
  );
}
