import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { createNonce, securityHeaders } from "@/lib/security/headers";
import { hasSessionCookie, refreshSessionCookie } from "@/lib/auth/session-refresh";
import { configuredOAuthProviders } from "@/lib/auth/oauth-providers";
import { sessionCookieName } from "@/lib/auth/cookies";

const OAUTH_ORIGINS = { github: "https://github.com", google: "https://accounts.google.com" } as const;
const SIGNED_IN_ONLY = ["/profile", "/admin"];

/**
 * Runs before every request: security headers with a per-request CSP nonce, a cheap redirect to
 * sign-in for account pages (the pages check the session themselves), and the sliding session refresh.
 */
export async function proxy(request: NextRequest) {
  const config = env();
  const nonce = createNonce();
  const headers = securityHeaders({
    nonce,
    production: config.APP_ENV === "production",
    development: process.env.NODE_ENV === "development",
    oauthOrigins: configuredOAuthProviders().map((provider) => OAUTH_ORIGINS[provider.id]),
  });
  const csp = headers["Content-Security-Policy"] ?? "";

  const { pathname, search } = request.nextUrl;
  const needsAccount = SIGNED_IN_ONLY.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  let response: NextResponse;
  if (needsAccount && !hasSessionCookie(request.cookies)) {
    const target = new URL("/sign-in", request.url);
    target.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(target);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    // Only on GET: a POST may be the sign-out that clears this very cookie.
    const refreshed = request.method === "GET" ? await refreshSessionCookie(request.cookies.get(sessionCookieName())?.value) : null;
    if (refreshed) response.cookies.set(refreshed.name, refreshed.value, { ...refreshed.options, maxAge: refreshed.maxAge });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
