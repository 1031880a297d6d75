import type { SessionClaims } from "@/lib/auth/session/policy";
import type { Db } from "@/lib/db/client";

/** What a fresh sign-in puts in the cookie: the claims, with a SignInSession row recorded for them. */
export async function signedInClaims(
  db: Db,
  user: { id: string; sessionVersion: number },
  authTime: number = Math.floor(Date.now() / 1000),
): Promise<SessionClaims> {
  const session = await db.signInSession.create({
    data: { userId: user.id, userAgent: "vitest" },
    select: { id: true },
  });
  return { sub: user.id, sv: user.sessionVersion, sid: session.id, authTime };
}
