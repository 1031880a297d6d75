import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard, TEXT_LINK } from "@/components/auth/auth-card";
import { FormAlert } from "@/components/ui/form/form-controls";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { inspectUserToken } from "@/lib/accounts/user-tokens";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

const PROBLEMS = {
  EXPIRED: "This reset link has expired. Links work for 30 minutes.",
  USED: "This reset link has already been used.",
  UNKNOWN: "This reset link is not valid. It may be incomplete, or a newer link replaced it.",
} as const;

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token: raw } = await searchParams;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const { state } = await inspectUserToken(token, ["PASSWORD_RESET"]);
  return (
    <AuthCard title="Choose a new password" description="After saving, you'll be signed out on every device.">
      {state === "VALID" && token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <FormAlert>
          {PROBLEMS[state === "VALID" ? "UNKNOWN" : state]}{" "}
          <Link href="/forgot-password" className={TEXT_LINK}>
            Get a new reset link
          </Link>
        </FormAlert>
      )}
    </AuthCard>
  );
}
