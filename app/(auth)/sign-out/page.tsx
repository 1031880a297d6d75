import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { signOutAction } from "@/lib/auth/session/sign-out-actions";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/");
  return (
    <AuthCard
      title="Sign out"
      description={`You're signed in as ${user.email}. Sign out of Backend Academy on this device?`}
    >
      <form action={signOutAction}>
        <button type="submit" className={`${BUTTON_BASE} ${BUTTON_STYLES.primary} w-full`}>
          Sign out
        </button>
      </form>
    </AuthCard>
  );
}
