import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard, TEXT_LINK } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { configuredOAuthProviders } from "@/lib/auth/oauth-providers";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  const devMailbox = env().APP_ENV !== "production" && !env().SMTP_URL;
  return (
    <AuthCard
      title="Create your account"
      description="Free to join. Track your progress, run exercises and earn certificates."
      footer={
        <>
          Already have an account?{" "}
          <Link href="/sign-in" className={TEXT_LINK}>
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm devMailbox={devMailbox} />
      <OAuthButtons providers={configuredOAuthProviders()} callbackUrl="/" />
    </AuthCard>
  );
}
