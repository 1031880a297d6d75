import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard, TEXT_LINK } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

// Rendered per request: only cached lesson pages go without a CSP nonce (see lib/security/proxy-free.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Reset your password"
      description="Enter the email you signed up with and we'll send you a link to choose a new password."
      footer={
        <Link href="/sign-in" className={TEXT_LINK}>
          Back to sign in
        </Link>
      }
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
