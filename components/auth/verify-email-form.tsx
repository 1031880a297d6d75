"use client";

import Link from "next/link";
import { FieldErrorsProvider, FormAlert, SubmitButton, TextField } from "@/components/ui/form/form-controls";
import { useJsonForm } from "./use-json-form";
import { TEXT_LINK } from "./auth-card";

/**
 * A button, not an automatic GET: mail scanners that open links must not use up the token. `returnTo` is
 * where the learner was when they signed up; signing in leads back there.
 */
export function ConfirmEmailForm({ token, returnTo }: { token: string; returnTo: string }) {
  const form = useJsonForm<{ kind: "verified" | "changed" }>("/api/auth/verify-email", () => ({ token }));
  if (form.result?.ok) {
    return (
      <FormAlert tone="success">
        {form.result.data.kind === "verified"
          ? "Your email address is confirmed. "
          : "Your new email address is confirmed. Please sign in again with it. "}
        <Link
          href={returnTo === "/" ? "/sign-in" : `/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`}
          className={TEXT_LINK}
        >
          Sign in
        </Link>
      </FormAlert>
    );
  }
  return (
    <div className="space-y-6">
      <form onSubmit={form.onSubmit} className="space-y-4">
        {form.error ? <FormAlert>{form.error}</FormAlert> : null}
        <SubmitButton pending={form.pending} pendingLabel="Confirming…" className="w-full">
          Confirm email address
        </SubmitButton>
      </form>
      {form.error ? <ResendVerificationForm /> : null}
    </div>
  );
}

export function ResendVerificationForm() {
  const form = useJsonForm<{ email: string }>("/api/auth/resend-verification");
  if (form.result?.ok) {
    return (
      <FormAlert tone="success">
        If {form.result.data.email} has an account waiting for confirmation, a new link is on its way.
      </FormAlert>
    );
  }
  return (
    <FieldErrorsProvider errors={form.fieldErrors}>
      <form onSubmit={form.onSubmit} noValidate className="space-y-4 rounded-xl bg-slate-50 p-4 dark:bg-slate-800/50">
        <p className="text-sm font-medium text-slate-900 dark:text-slate-100">Need a new confirmation link?</p>
        {form.error ? <FormAlert>{form.error}</FormAlert> : null}
        <TextField name="email" label="Email" type="email" autoComplete="email" maxLength={254} required />
        <SubmitButton pending={form.pending} pendingLabel="Sending…" variant="secondary" className="w-full">
          Send a new link
        </SubmitButton>
      </form>
    </FieldErrorsProvider>
  );
}
