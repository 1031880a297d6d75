"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { FieldErrorsProvider, FormAlert, SubmitButton, TextField } from "@/components/ui/form/form-controls";
import { useJsonForm } from "./use-json-form";
import { postToAuth } from "./post-form";
import { TEXT_LINK } from "./auth-card";

/**
 * A button, not an automatic GET: mail scanners that open links must not use up the token. A sign-up's
 * confirmation signs the new account in and returns to `returnTo`, where sign-up started; an address
 * change is confirmed here and then signed in again with the new address.
 */
export function ConfirmEmailForm({
  token,
  kind,
  returnTo,
}: {
  token: string;
  kind: "EMAIL_VERIFICATION" | "EMAIL_CHANGE";
  returnTo: string;
}) {
  return kind === "EMAIL_VERIFICATION" ? (
    <ConfirmAndSignInForm token={token} returnTo={returnTo} />
  ) : (
    <ConfirmNewAddressForm token={token} />
  );
}

function ConfirmAndSignInForm({ token, returnTo }: { token: string; returnTo: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const answer = await postToAuth("/api/auth/callback/email-confirmation", { token, callbackUrl: returnTo });
    const url = "url" in answer && answer.url ? new URL(answer.url, window.location.href) : null;
    if (!url || url.searchParams.get("error")) {
      setPending(false);
      setError(
        "ok" in answer && !answer.ok
          ? answer.error
          : "This link has expired or has already been used. Ask for a new one below, or sign in if you confirmed already.",
      );
      return;
    }
    // A full navigation, so every server component renders with the new session.
    window.location.assign(url.origin === window.location.origin ? url.toString() : "/");
  }
  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-4">
        {error ? <FormAlert>{error}</FormAlert> : null}
        <SubmitButton pending={pending} pendingLabel="Confirming…" className="w-full">
          Confirm email address
        </SubmitButton>
      </form>
      {error ? <ResendVerificationForm /> : null}
    </div>
  );
}

function ConfirmNewAddressForm({ token }: { token: string }) {
  const form = useJsonForm<{ kind: "verified" | "changed" }>("/api/auth/verify-email", () => ({ token }));
  if (form.result?.ok) {
    return (
      <FormAlert tone="success">
        Your new email address is confirmed. Please sign in again with it.{" "}
        <Link href="/sign-in" className={TEXT_LINK}>
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
