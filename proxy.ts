import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { createNonce, ownsContentSecurityPolicy, securityHeaders } from "@/lib/security/headers";
import { hasSessionCookie, refreshSessionCookie, setRefreshedCookie } from "@/lib/auth/session/refresh";
import { syncSignedInHint } from "@/lib/auth/session/signed-in-hint";
import { configuredOAuthProviders } from "@/lib/auth/oauth-providers";
import { secureCookies, sessionCookieName } from "@/lib/auth/session/cookies";

const OAUTH_ORIGINS = { github: "https://github.com", google: "https://accounts.google.com" } as const;
// A cheap redirect only: every one of these pages checks the session (and role) itself.
const SIGNED_IN_ONLY = ["/profile", "/admin", "/dashboard", "/billing", "/checkout", "/studio", "/advisor", "/cohorts"];

function headersFor(nonce: string) {
  const config = env();
  return securityHeaders({
    nonce,
    production: config.APP_ENV === "production",
    development: process.env.NODE_ENV === "development",
    oauthOrigins: configuredOAuthProviders().map((provider) => OAUTH_ORIGINS[provider.id]),
  });
}

/**
 * Runs before every request except cached lesson pages, their JSON endpoints and static files (see
 * lib/security/proxy-free.ts):
 * security headers with a fresh CSP nonce, a cheap redirect to sign-in for account pages (the pages check
 * the session themselves), the sliding session refresh, and the signed-in hint that cached pages read.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = hasSessionCookie(request.cookies);
  const nonce = createNonce();
  const headers = headersFor(nonce);

  let response: NextResponse;
  const needsAccount = SIGNED_IN_ONLY.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  if (needsAccount && !hasSession) {
    const target = new URL("/sign-in", request.url);
    target.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(target);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] ?? "");
    response = NextResponse.next({ request: { headers: requestHeaders } });
    // Only on GET: a POST may be the sign-out that clears this very cookie.
    const refreshed =
      request.method === "GET" && hasSession
        ? await refreshSessionCookie(request.cookies.get(sessionCookieName())?.value)
        : null;
    if (refreshed) setRefreshedCookie(response.cookies, refreshed);
  }
  syncSignedInHint(request.cookies, hasSession, response.cookies, secureCookies());
  // Headers set here replace the route's own: a route with a stricter policy (uploaded files) keeps its CSP.
  const ownPolicy = ownsContentSecurityPolicy(pathname);
  for (const [name, value] of Object.entries(headers))
    if (!(ownPolicy && name === "Content-Security-Policy")) response.headers.set(name, value);
  return response;
}

export const config = {
  // Must leave out exactly PROXY_FREE_ROUTES (lib/security/proxy-free.ts); it is a literal because Next reads it at
  // build time, and tests/unit/security/proxy-free.test.ts checks the two agree.
  matcher: [
    "/((?!$|_next/static|_next/image|favicon.ico|bench/|api/me$|api/learn/|api/webhooks/stripe$|api/discussions/threads$|api/notifications/unread$|api/v1/courses$|api/cohorts/(?:home|review-queue)$|cohorts/[^/]+(?:/reviews)?$|courses$|courses/[^/]+(?:/lessons/[^/]+)?$).*)",
  ],
};
