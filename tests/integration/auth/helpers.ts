import type { RequestScope } from "@/lib/actions/run-action";
import { resolveSessionUser } from "@/lib/auth/session";
import type { CurrentUser } from "@/lib/auth/session/policy";
import { db, type Db } from "@/lib/db/client";

let ipCounter = 0;

/** A distinct client address per call, so one test's rate-limit spending never affects another's. */
export function uniqueIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter % 250}-${process.pid}-${ipCounter}`;
}

/**
 * The request scope production builds from the session cookie, built from session claims instead:
 * the user is resolved through the same resolveSessionUser that getCurrentUser uses.
 */
export function scopeFor(
  claims: { sub: string; sv: number; sid?: string; authTime?: number } | null,
  ip: string = uniqueIp(),
): RequestScope {
  return {
    getUser: async () => {
      if (!claims) return resolveSessionUser(null);
      // Stands in for the sign-in that recorded this browser's session (unless the test made its own).
      const sid =
        claims.sid ??
        (
          await db.signInSession
            .create({ data: { userId: claims.sub, userAgent: "vitest" }, select: { id: true } })
            .catch(() => ({ id: "none" }))
        ).id;
      return resolveSessionUser({
        sub: claims.sub,
        sv: claims.sv,
        sid,
        authTime: claims.authTime ?? Math.floor(Date.now() / 1000),
      });
    },
    getIp: async () => ip,
    revalidate: () => undefined,
  };
}

export function claimsOf(user: { id: string; sessionVersion: number }) {
  return { sub: user.id, sv: user.sessionVersion };
}

/** The newest mail to `to`; two mails can share a millisecond, so the (time-ordered) cuid breaks ties, as in /dev/mail. */
export async function latestMail(db: Db, to: string) {
  return db.emailOutbox.findFirst({ where: { to }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

export function tokenFrom(text: string): string {
  const match = /token=([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error("no token link in the mail");
  return match[1];
}

export type { CurrentUser };
