import { env } from "../../env";

/** Production runs behind HTTPS, so its cookies carry the __Secure- prefix and the Secure flag. */
export function secureCookies(): boolean {
  return env().APP_ENV === "production" || env().APP_URL.startsWith("https://");
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies() };
}
