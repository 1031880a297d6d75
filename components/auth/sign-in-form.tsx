"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { focusFirstProblem } from "@/components/ui/form/use-kept-action-state";
import {
  FieldErrorsProvider,
  FormAlert,
  SubmitButton,
  TextField,
  type FieldErrors,
} from "@/components/ui/form/form-controls";
import { postToAuth } from "./post-form";
import { signInErrorMessage } from "./sign-in-messages";
import { TEXT_LINK } from "./auth-card";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";

/** Email + password, or the same email for a one-time sign-in link. */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const [pending, setPending] = useState<"password" | "link" | null>(null);
  const [error, setError] = useState<string | null>(signInErrorMessage(initialError));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // Each refused attempt moves the focus to the first field in error (or the alert).
  const [refusals, setRefusals] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (refusals) focusFirstProblem(form.current);
  }, [refusals]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const mode = submitter?.value === "link" ? "link" : "password";
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "");
    setPending(mode);
    setError(null);
    setFieldErrors({});
    const answer =
      mode === "password"
        ? await postToAuth("/api/auth/callback/credentials", {
            email,
            password: String(data.get("password") ?? ""),
            callbackUrl,
          })
        : await postToAuth("/api/auth/signin/email", { email, callbackUrl });
    setPending(null);
    if ("ok" in answer && answer.ok === false) {
      setError(answer.error);
      setFieldErrors(answer.fieldErrors ?? {});
      setRefusals((n) => n + 1);
      return;
    }
    const url = "url" in answer && answer.url ? new URL(answer.url, window.location.href) : null;
    const code = url?.searchParams.get("error");
    if (!url || code) {
      setError(signInErrorMessage(code ?? "Default"));
      setRefusals((n) => n + 1);
      return;
    }
    // A full navigation, so every server component renders with the new session.
    window.location.assign(url.origin === window.location.origin ? url.toString() : "/");
  }

  return (
    <FieldErrorsProvider errors={fieldErrors}>
      <form ref={form} onSubmit={onSubmit} noValidate className="space-y-5">
        {error ? <FormAlert>{error}</FormAlert> : null}
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
          autoComplete="current-password"
          maxLength={512}
          labelAside={
            <Link href="/forgot-password" className={`text-sm ${TEXT_LINK}`}>
              Forgot password?
            </Link>
          }
        />
        <SubmitButton pending={pending === "password"} pendingLabel="Signing in…" className="w-full">
          Sign in
        </SubmitButton>
        <div className="flex items-center gap-3 text-xs tracking-wide text-slate-500 uppercase dark:text-slate-400">
          <span className="h-px flex-1 bg-slate-200 dark:bg-slate-800" />
          or
          <span className="h-px flex-1 bg-slate-200 dark:bg-slate-800" />
        </div>
        <button
          type="submit"
          name="mode"
          value="link"
          disabled={pending !== null}
          className={`${BUTTON_BASE} ${BUTTON_STYLES.secondary} w-full`}
        >
          {pending === "link" ? "Sending link…" : "Email me a sign-in link"}
        </button>
      </form>
    </FieldErrorsProvider>
  );
}
