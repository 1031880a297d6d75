import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard, TEXT_LINK } from "@/components/auth/auth-card";
import { env } from "@/lib/env";

// Rendered per request: only cached lesson pages go without a CSP nonce (see lib/security/proxy-free.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  const devMailbox = env().APP_ENV !== "production" && !env().SMTP_URL;
  return (
    <AuthCard
      title="Check your email"
      description="If that address can sign in, a sign-in link is on its way. It works once, for 15 minutes."
    >
      <div className="space-y-4 text-sm text-slate-600 dark:text-slate-400">
        <p>
          Open the link on this device to be signed in. Nothing arrived after a few minutes? Check your spam folder, or
          ask for another link.
        </p>
        {devMailbox ? (
          <p>
            Running locally without SMTP? Open the{" "}
            <Link href="/dev/mail" className={TEXT_LINK}>
              dev mailbox
            </Link>
            .
          </p>
        ) : null}
        <p>
          <Link href="/sign-in" className={TEXT_LINK}>
            Back to sign in
          </Link>
        </p>
      </div>
    </AuthCard>
  );
}
