import { db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { consumeRateLimit, resetRateLimit } from "../security/rate-limit";
import { hashPassword, verifyPassword } from "./password";
import { unverifiedPasswordRemovedMail } from "../email/templates";
import { appUrl } from "./urls";
import { deliver, sendVerificationEmail } from "./verification-mail";

export type SignInRefusal = "UNVERIFIED" | "DISABLED" | "RATE_LIMITED";

export type PasswordSignInResult =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "INVALID" | SignInRefusal; retryAfterSeconds?: number };

/** next-auth turns the message into `?error=<code>` for the sign-in form. */
export class SignInRefused extends Error {
  constructor(reason: SignInRefusal) {
    super(reason === "UNVERIFIED" ? "EmailNotVerified" : reason === "DISABLED" ? "AccountDisabled" : "RateLimited");
    this.name = "SignInRefused";
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password. Unknown emails cost the same argon2 work as known ones, so timing
 * does not tell them apart; failures count against the email's limit and are audited.
 *
 * The attempt is spent before the password is checked and given back when it is right: checked first and
 * spent after a failure, a burst of parallel guesses all passed the check before any was counted.
 */
export async function authenticateWithPassword(input: {
  email: string;
  password: string;
  ip: string;
  /** The browser's sign-up key: a fresh confirmation link mailed to an unconfirmed account is bound to it. */
  browserKey?: string;
}): Promise<PasswordSignInResult> {
  const email = input.email.trim().toLowerCase();
  const limit = await consumeRateLimit("sign-in-email", email);
  if (!limit.allowed) return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };

  const user = email ? await db.user.findUnique({ where: { email } }) : null;
  dummyHash ??= hashPassword("timing-equaliser-not-a-real-password");
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyHash, input.password), false);

  if (!user || !valid) {
    await recordAudit({
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      targetType: "User",
      targetId: user?.id,
      ip: input.ip,
      meta: { email: email.slice(0, 254), provider: "credentials" },
    });
    return { ok: false, reason: "INVALID" };
  }
  // The right password: the attempt is given back (and the earlier failures with it).
  await resetRateLimit("sign-in-email", email);
  if (user.disabledAt) {
    await recordAudit({
      actorId: user.id,
      action: "auth.sign_in_failed",
      targetType: "User",
      targetId: user.id,
      ip: input.ip,
      meta: { reason: "disabled", provider: "credentials" },
    });
    return { ok: false, reason: "DISABLED" };
  }
  if (!user.emailVerified) {
    await sendVerificationEmail(user, new Date(), undefined, input.browserKey);
    return { ok: false, reason: "UNVERIFIED" };
  }
  await recordAudit({
    actorId: user.id,
    action: "auth.sign_in",
    targetType: "User",
    targetId: user.id,
    ip: input.ip,
    meta: { provider: "credentials" },
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

/**
 * The first sign-in that proves the address (a magic link or OAuth) on an account that was never confirmed
 * but has a password: whoever set that password never proved they own the address (an attacker may have
 * signed up with it first), so the password goes, every session ends, and the owner is told.
 */
export async function dropUnprovenPassword(email: string, ip: string): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, emailVerified: true, passwordHash: true },
  });
  if (!user || user.emailVerified || !user.passwordHash) return false;
  const removed = await db.$transaction(async (tx) => {
    // Conditional, so two sign-ins racing here remove it (and mail the owner) once.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, emailVerified: null, passwordHash: { not: null } },
      data: { passwordHash: null, sessionVersion: { increment: 1 } },
    });
    if (!count) return false;
    await tx.signInSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(
      { actorId: user.id, action: "auth.unverified_password_removed", targetType: "User", targetId: user.id, ip },
      tx,
    );
    return count > 0;
  });
  if (removed)
    await deliver({
      to: email,
      kind: "unverified-password-removed",
      ...unverifiedPasswordRemovedMail(appUrl("/profile")),
    });
  return removed;
}
