// The sign-up confirmation link as a sign-in: following it proves the address, like a magic link, so the
// new account is signed in at once. The token is the one we mailed (single use, expiring, only its hash
// stored); next-auth's "email-confirmation" provider calls this and makes the session.
import { db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { dropUnprovenPassword } from "./sign-in-service";
import { consumeUserToken } from "./user-tokens";
import { readVerificationPayload, sameBrowser } from "./sign-up-browser";

export type ConfirmedUser = { id: string; email: string; name: string | null };

/**
 * Uses an email-verification token once, marks the address confirmed and returns the account to sign in;
 * null for a token that is unknown, expired, already used, or whose account is disabled.
 */
export async function signInWithConfirmation(
  token: string,
  ip: string,
  now: Date = new Date(),
  browserKey?: string,
): Promise<ConfirmedUser | null> {
  const consumed = await consumeUserToken(token, ["EMAIL_VERIFICATION"], now);
  if (!consumed.ok) return null;
  const owner = await db.user.findUnique({ where: { id: consumed.userId }, select: { disabledAt: true } });
  if (!owner || owner.disabledAt) return null;
  await confirmAddress(consumed.userId, { payload: consumed.payload, browserKey, ip, now });
  return db.user.findUnique({ where: { id: consumed.userId }, select: { id: true, email: true, name: true } });
}

/**
 * Marks the address confirmed (once). A link opened in a browser other than the one that asked for it proves
 * the address but not that its owner chose the password typed at sign-up (somebody may have signed up first
 * with this address): that password goes, as on a first magic-link or OAuth sign-in (dropUnprovenPassword),
 * and the owner is told how to set one. See sign-up-browser.ts.
 */
export async function confirmAddress(
  userId: string,
  context: { payload: string | null; browserKey: string | undefined; ip: string; now: Date },
): Promise<void> {
  const { ip, now } = context;
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  if (!sameBrowser(readVerificationPayload(context.payload), context.browserKey))
    await dropUnprovenPassword(user.email, ip);
  await db.$transaction(async (tx) => {
    // Conditional: two confirmations at once record one.
    const { count } = await tx.user.updateMany({
      where: { id: userId, emailVerified: null },
      data: { emailVerified: now },
    });
    if (count)
      await recordAudit(
        { actorId: userId, action: "auth.email_verified", targetType: "User", targetId: userId, ip },
        tx,
      );
  });
}
