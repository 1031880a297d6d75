// Which browser asked for an account. Sign-up (and "send the link again") leaves a random key in an httpOnly
// cookie and keeps its hash with the confirmation token. A link opened in another browser still confirms the
// address and signs that person in, but the password typed at sign-up is dropped: whoever signed up first with
// somebody else's address (pre-hijacking) must not keep a password to the account its owner then confirms. The
// owner sets a password from the profile, or with "Forgot your password?".
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

export const SIGN_UP_BROWSER_COOKIE = "ba-sign-up-browser";
export const SIGN_UP_BROWSER_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export function newBrowserKey(): string {
  return randomBytes(24).toString("base64url");
}

function browserKeyHash(key: string): string {
  return createHash("sha256").update(key).digest("base64url");
}

/** The key from a Cookie header (next-auth's authorize sees headers, not Next's cookie store). */
export function browserKeyFromCookieHeader(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header.join("; ") : header;
  for (const part of value?.split(";") ?? []) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SIGN_UP_BROWSER_COOKIE) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

const payloadSchema = z.object({ returnTo: z.string().optional(), browser: z.string().optional() });
export type VerificationPayload = z.infer<typeof payloadSchema>;

/** The confirmation token's payload: a plain path when no browser is known (as tokens issued before this were). */
export function encodeVerificationPayload(returnTo: string | undefined, browserKey: string | undefined) {
  if (!browserKey) return returnTo;
  return JSON.stringify({ returnTo, browser: browserKeyHash(browserKey) } satisfies VerificationPayload);
}

export function readVerificationPayload(payload: string | null | undefined): VerificationPayload {
  if (!payload) return {};
  if (!payload.startsWith("{")) return { returnTo: payload };
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** True when the link is opened in the browser that asked for it. */
export function sameBrowser(payload: VerificationPayload, browserKey: string | undefined): boolean {
  return Boolean(payload.browser && browserKey && browserKeyHash(browserKey) === payload.browser);
}
