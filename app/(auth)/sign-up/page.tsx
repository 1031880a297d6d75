import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard, TEXT_LINK } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { configuredOAuthProviders } from "@/lib/auth/oauth-providers";
import { getCurrentUser, safeCallbackPath } from "@/lib/auth/session";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Props) {
  const { callbackUrl: raw } = await searchParams;
  const callbackUrl = safeCallbackPath(Array.isArray(raw) ? raw[0] : raw);
  if (await getCurrentUser()) redirect(callbackUrl);
  const devMailbox = env().APP_ENV !== "production" && !env().SMTP_URL;
  return (
    <AuthCard
      title="Create your account"
      description="Free to join. Track your progress, run exercises and earn certificates."
      footer={
        <>
          Already have an account?{" "}
          <Link
            href={callbackUrl === "/" ? "/sign-in" : `/sign-in?${new URLSearchParams({ callbackUrl })}`}
            className={TEXT_LINK}
          >
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm devMailbox={devMailbox} callbackUrl={callbackUrl} />
      <OAuthButtons providers={configuredOAuthProviders()} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
