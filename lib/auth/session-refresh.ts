// Slides the idle timeout: a valid session token older than an hour is re-issued, up to the absolute limit.
import { decode, encode } from "next-auth/jwt";
import { sessionCookieName, sessionCookieOptions } from "./cookies";
import { getAuthSecret } from "./secret";
import { needsRefresh, readSessionClaims, refreshedTokenMaxAge } from "./session-policy";

export type RefreshedCookie = { name: string; value: string; maxAge: number; options: ReturnType<typeof sessionCookieOptions> };

export async function refreshSessionCookie(value: string | undefined, nowSeconds: number = Math.floor(Date.now() / 1000)): Promise<RefreshedCookie | null> {
  if (!value) return null;
  const secret = getAuthSecret();
  let token: Awaited<ReturnType<typeof decode>>;
  try {
    token = await decode({ token: value, secret });
  } catch {
    return null;
  }
  const claims = readSessionClaims(token);
  if (!token || !claims || !needsRefresh(typeof token.iat === "number" ? token.iat : undefined, nowSeconds)) return null;
  const maxAge = refreshedTokenMaxAge(claims.authTime, nowSeconds);
  if (maxAge <= 0) return null;
  const fresh = await encode({ token: { sub: claims.sub, sv: claims.sv, authTime: claims.authTime }, secret, maxAge });
  return { name: sessionCookieName(), value: fresh, maxAge, options: sessionCookieOptions() };
}

/** Quick presence check for the proxy's redirects; the pages still check the session properly. */
export function hasSessionCookie(cookies: { has(name: string): boolean }): boolean {
  return cookies.has(sessionCookieName());
}
