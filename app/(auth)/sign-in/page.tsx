import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard, TEXT_LINK } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { configuredOAuthProviders } from "@/lib/auth/oauth-providers";
import { getCurrentUser, safeCallbackPath } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  if (await getCurrentUser()) redirect(callbackUrl);
  const error = first(params.error) ?? null;
  return (
    <AuthCard
      title="Sign in"
      description="Welcome back. Pick up where you left off."
      footer={
        <>
          New to Backend Academy?{" "}
          <Link
            href={`/sign-up${callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}
            className={TEXT_LINK}
          >
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
      <OAuthButtons providers={configuredOAuthProviders()} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
