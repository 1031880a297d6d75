// Reading the session cookie, and sliding its idle timeout: a valid session token older than an hour is
// re-issued, up to the absolute limit.
import { encode, type JWT } from "next-auth/jwt";
import { decodeSessionToken } from "./decoded-tokens";
import { sessionCookieName, sessionCookieOptions } from "./cookies";
import { getAuthSecret } from "../secret";
import { needsRefresh, readSessionClaims, refreshedTokenMaxAge, type SessionClaims } from "./policy";

export type RefreshedCookie = {
  name: string;
  value: string;
  maxAge: number;
  options: ReturnType<typeof sessionCookieOptions>;
};

/** The claims in a session cookie's value, or null when it is missing, forged, expired or malformed. */
export async function decodeSessionClaims(
  value: string | undefined,
): Promise<{ claims: SessionClaims; token: JWT } | null> {
  if (!value) return null;
  let token: JWT | null;
  try {
    token = await decodeSessionToken(value);
  } catch {
    return null;
  }
  const claims = readSessionClaims(token);
  return token && claims ? { claims, token } : null;
}

/** A fresh cookie for a decoded session that is due for one, else null. */
export async function refreshedCookie(
  decoded: { claims: SessionClaims; token: JWT },
  nowSeconds: number = Math.floor(Date.now() / 1000),
): Promise<RefreshedCookie | null> {
  const { claims, token } = decoded;
  if (!needsRefresh(typeof token.iat === "number" ? token.iat : undefined, nowSeconds)) return null;
  const maxAge = refreshedTokenMaxAge(claims.authTime, nowSeconds);
  if (maxAge <= 0) return null;
  const fresh = await encode({
    token: { sub: claims.sub, sv: claims.sv, sid: claims.sid, authTime: claims.authTime },
    secret: getAuthSecret(),
    maxAge,
  });
  return { name: sessionCookieName(), value: fresh, maxAge, options: sessionCookieOptions() };
}

/** Puts a re-issued session cookie on a response. */
export function setRefreshedCookie(
  response: { set(name: string, value: string, options: object): unknown },
  refreshed: RefreshedCookie,
): void {
  response.set(refreshed.name, refreshed.value, { ...refreshed.options, maxAge: refreshed.maxAge });
}

export async function refreshSessionCookie(
  value: string | undefined,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): Promise<RefreshedCookie | null> {
  const decoded = await decodeSessionClaims(value);
  return decoded ? refreshedCookie(decoded, nowSeconds) : null;
}

/** Quick presence check for the proxy's redirects; the pages still check the session properly. */
export function hasSessionCookie(cookies: { has(name: string): boolean }): boolean {
  return cookies.has(sessionCookieName());
}
