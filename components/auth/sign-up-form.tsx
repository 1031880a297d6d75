"use client";

import Link from "next/link";
import { FieldErrorsProvider, FormAlert, SubmitButton, TextField } from "@/components/ui/form/form-controls";
import { useJsonForm } from "./use-json-form";
import { TEXT_LINK } from "./auth-card";

const detectTimeZone = () => ({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC" });

/** `callbackUrl` rides along to the confirmation link, so confirming and signing in return the learner here. */
export function SignUpForm({ devMailbox, callbackUrl }: { devMailbox: boolean; callbackUrl: string }) {
  const form = useJsonForm<{ email: string }>("/api/auth/register", () => ({ ...detectTimeZone(), callbackUrl }));

  if (form.result?.ok) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success">
          <p className="font-semibold">Check your email</p>
          <p className="mt-1">
            We&apos;ve sent a link to <strong>{form.result.data.email}</strong>. Open it to confirm your address, then
            sign in. If you already have an account with this address, the email explains how to sign in or reset your
            password instead.
          </p>
        </FormAlert>
        {devMailbox ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Running locally without SMTP? Your email is in the{" "}
            <Link href="/dev/mail" className={TEXT_LINK}>
              dev mailbox
            </Link>
            .
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <FieldErrorsProvider errors={form.fieldErrors}>
      <form onSubmit={form.onSubmit} noValidate className="space-y-5">
        {form.error ? <FormAlert>{form.error}</FormAlert> : null}
        <TextField name="name" label="Name" autoComplete="name" required />
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          maxLength={254}
          required
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          maxLength={128}
          hint="At least 8 characters. A few unrelated words make a strong, memorable password."
          required
        />
        <SubmitButton pending={form.pending} pendingLabel="Creating account…" className="w-full">
          Create account
        </SubmitButton>
      </form>
    </FieldErrorsProvider>
  );
}
