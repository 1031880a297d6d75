"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionCookieName, sessionCookieOptions } from "./cookies";
import { SIGNED_IN_HINT } from "./signed-in-hint";

/** Ends the session on this device. Server actions are POST-only and origin-checked, so this is not a CSRF target. */
export async function signOutAction(): Promise<void> {
  const store = await cookies();
  store.set(sessionCookieName(), "", { ...sessionCookieOptions(), maxAge: 0 });
  store.delete(SIGNED_IN_HINT);
  redirect("/");
}
