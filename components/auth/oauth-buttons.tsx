"use client";

import { useEffect, useState } from "react";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { fetchCsrfToken } from "./post-form";

/** One plain form per configured provider; next-auth answers the POST with a redirect to the provider. */
export function OAuthButtons({
  providers,
  callbackUrl,
}: {
  providers: { id: string; label: string }[];
  callbackUrl: string;
}) {
  const [csrfToken, setCsrfToken] = useState<string | null>(null);
  useEffect(() => {
    void fetchCsrfToken().then(setCsrfToken);
  }, []);
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-3 border-t border-slate-200 pt-6 dark:border-slate-800">
      {providers.map((provider) => (
        <form key={provider.id} method="post" action={`/api/auth/signin/${provider.id}`}>
          <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" disabled={!csrfToken} className={`${BUTTON_BASE} ${BUTTON_STYLES.secondary} w-full`}>
            Continue with {provider.label}
          </button>
        </form>
      ))}
    </div>
  );
}
