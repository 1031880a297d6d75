import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { FormAlert } from "@/components/ui/form/form-controls";
import { ConfirmEmailForm, ResendVerificationForm } from "@/components/auth/verify-email-form";
import { safeCallbackPath } from "@/lib/auth/session";
import { inspectUserToken } from "@/lib/accounts/user-tokens";
import { readVerificationPayload } from "@/lib/accounts/sign-up-browser";

export const metadata: Metadata = { title: "Confirm your email" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

const PROBLEMS = {
  EXPIRED: "This confirmation link has expired.",
  USED: "This confirmation link has already been used. If you confirmed your address, you can sign in.",
  UNKNOWN: "This confirmation link is not valid. It may be incomplete, or a newer link replaced it.",
} as const;

export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token: raw } = await searchParams;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const { state, kind, payload } = await inspectUserToken(token, ["EMAIL_VERIFICATION", "EMAIL_CHANGE"]);
  const valid = state === "VALID" && token;
  return (
    <AuthCard
      title={kind === "EMAIL_CHANGE" ? "Confirm your new email" : "Confirm your email"}
      description={
        valid
          ? kind === "EMAIL_CHANGE" && payload
            ? `Make ${payload} the email address for your account.`
            : "One click confirms your address and signs you in."
          : undefined
      }
    >
      {valid ? (
        <ConfirmEmailForm
          token={token}
          kind={kind === "EMAIL_CHANGE" ? "EMAIL_CHANGE" : "EMAIL_VERIFICATION"}
          returnTo={kind === "EMAIL_VERIFICATION" ? safeCallbackPath(readVerificationPayload(payload).returnTo) : "/"}
        />
      ) : (
        <div className="space-y-6">
          <FormAlert>{PROBLEMS[state === "VALID" ? "UNKNOWN" : state]} Ask for a new link below.</FormAlert>
          <ResendVerificationForm />
        </div>
      )}
    </AuthCard>
  );
}
