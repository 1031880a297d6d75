// The sign-up confirmation link as a sign-in: following it proves the address, like a magic link, so the
// new account is signed in at once. The token is the one we mailed (single use, expiring, only its hash
// stored); next-auth's "email-confirmation" provider calls this and makes the session.
import { db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { consumeUserToken } from "./user-tokens";

export type ConfirmedUser = { id: string; email: string; name: string | null };

/**
 * Uses an email-verification token once, marks the address confirmed and returns the account to sign in;
 * null for a token that is unknown, expired, already used, or whose account is disabled.
 */
export async function signInWithConfirmation(
  token: string,
  ip: string,
  now: Date = new Date(),
): Promise<ConfirmedUser | null> {
  const consumed = await consumeUserToken(token, ["EMAIL_VERIFICATION"], now);
  if (!consumed.ok) return null;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: consumed.userId },
      select: { id: true, email: true, name: true, emailVerified: true, disabledAt: true },
    });
    if (!user || user.disabledAt) return null;
    if (!user.emailVerified) {
      await tx.user.update({ where: { id: user.id }, data: { emailVerified: now } });
      await recordAudit(
        { actorId: user.id, action: "auth.email_verified", targetType: "User", targetId: user.id, ip },
        tx,
      );
    }
    return { id: user.id, email: user.email, name: user.name };
  });
}
