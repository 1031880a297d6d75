// Ending sessions on the server, so that signing out means the token is dead, not just deleted here.
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";

/** Revokes one of `userId`'s sessions and audits it with the revocation; false when there was none to end. */
export async function endSignInSession(
  userId: string,
  sessionId: string,
  ip: string,
  action: "auth.sign_out" | "auth.session_ended",
  now: Date = new Date(),
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.signInSession.updateMany({
      where: { id: sessionId, userId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count) await recordAudit({ actorId: userId, action, targetType: "SignInSession", targetId: sessionId, ip }, tx);
    return count > 0;
  });
}

type SessionTx = Pick<Prisma.TransactionClient, "user" | "signInSession">;

/**
 * The one way to end every session of an account (sign out everywhere, a password, email or role change,
 * disabling, deletion): the version bump kills every token, and the rows are revoked so the profile's list
 * tells the truth. `changes` are written to the user in the same update. Call it inside the write's transaction.
 */
export async function endEverySession(
  tx: SessionTx,
  userId: string,
  changes: Prisma.UserUpdateInput = {},
  now: Date = new Date(),
) {
  const user = await tx.user.update({
    where: { id: userId },
    data: { ...changes, sessionVersion: { increment: 1 } },
    select: { id: true, email: true },
  });
  await tx.signInSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return user;
}
