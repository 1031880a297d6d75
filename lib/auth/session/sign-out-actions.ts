"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIpFrom } from "../client-ip";
import { sessionCookieName, sessionCookieOptions } from "./cookies";
import { readSession } from ".";
import { endSignInSession } from "./sign-out";
import { SIGNED_IN_HINT } from "./signed-in-hint";

/**
 * Ends the session on this device: its server-side record is revoked (a copy of the token stops working)
 * and the cookie is cleared. Server actions are POST-only and origin-checked, so this is not a CSRF target.
 */
export async function signOutAction(): Promise<void> {
  const session = await readSession();
  if (session)
    await endSignInSession(session.claims.sub, session.claims.sid, clientIpFrom(await headers()), "auth.sign_out");
  const store = await cookies();
  store.set(sessionCookieName(), "", { ...sessionCookieOptions(), maxAge: 0 });
  store.delete(SIGNED_IN_HINT);
  redirect("/");
}
