// The sign-up browser key in Next's cookie store: see sign-up-browser.ts.
import { cookies } from "next/headers";
import { newBrowserKey, SIGN_UP_BROWSER_COOKIE, SIGN_UP_BROWSER_MAX_AGE_SECONDS } from "./sign-up-browser";
import { secureCookies } from "../auth/session/cookies";

/** Next's cookie store, or null outside a request (an action run from a script or a test has no browser). */
async function cookieStore() {
  try {
    return await cookies();
  } catch {
    return null;
  }
}

/** This browser's key, made and set on the answer when it has none yet. */
export async function signUpBrowserKey(): Promise<string | undefined> {
  const store = await cookieStore();
  if (!store) return undefined;
  const existing = store.get(SIGN_UP_BROWSER_COOKIE)?.value;
  if (existing) return existing;
  const key = newBrowserKey();
  store.set(SIGN_UP_BROWSER_COOKIE, key, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/",
    maxAge: SIGN_UP_BROWSER_MAX_AGE_SECONDS,
  });
  return key;
}

/** This browser's key, if it has one (reading only). */
export async function existingSignUpBrowserKey(): Promise<string | undefined> {
  return (await cookieStore())?.get(SIGN_UP_BROWSER_COOKIE)?.value;
}
