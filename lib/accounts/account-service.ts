// Sign-up, email confirmation and password reset: the logic behind the public account forms.
import { db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { accountExistsMail, emailChangedNoticeMail, passwordResetMail } from "../email/templates";
import { consumeRateLimit, resetRateLimit } from "../security/rate-limit";
import { safeRedirectPath } from "../security/safe-redirect";
import { env } from "../env";
import { runNow, type Defer } from "../actions/run-action";
import { DomainError } from "../actions/errors";
import { hashPassword } from "./password";
import { endEverySession } from "../auth/session/sign-out";
import { appUrl } from "./urls";
import { consumeUserToken } from "./user-tokens";
import { confirmAddress } from "./confirm-sign-in";
import { deliver, sendVerificationEmail } from "./verification-mail";
import { issueUserToken } from "./user-tokens";

export type SignUpInput = { name: string; email: string; password: string; timeZone: string; callbackUrl?: string };

/**
 * Creates an unverified account and mails a confirmation link. An address that already has an account
 * gets a "you already have an account" email instead (a few per quarter hour at most). The caller sees the
 * same answer either way, and in requests it comes before any of the work (`defer`), so timing does not
 * tell the two apart either.
 */
export async function signUp(
  input: SignUpInput,
  ip: string,
  defer: Defer = runNow,
  browserKey?: string,
): Promise<{ email: string }> {
  await defer(() => createAccountOrNotify(input, ip, browserKey));
  return { email: input.email };
}

async function createAccountOrNotify(input: SignUpInput, ip: string, browserKey?: string): Promise<void> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    const limit = await consumeRateLimit("account-exists-email", input.email);
    if (limit.allowed)
      await deliver({
        to: input.email,
        kind: "account-exists",
        ...accountExistsMail(appUrl("/sign-in"), appUrl("/forgot-password")),
      });
    return;
  }
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, timeZone: input.timeZone },
      });
      await recordAudit(
        { actorId: created.id, action: "auth.sign_up", targetType: "User", targetId: created.id, ip },
        tx,
      );
      return created;
    });
    await sendVerificationEmail(user, new Date(), safeRedirectPath(input.callbackUrl, env().APP_URL), browserKey);
  } catch (error) {
    // Two sign-ups for one address at once: the unique key decides, the loser answers like a duplicate.
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
}

export async function resendVerification(email: string, browserKey?: string): Promise<{ email: string }> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, emailVerified: true, passwordHash: true },
  });
  if (user && !user.emailVerified) await sendVerificationEmail(user, new Date(), undefined, browserKey);
  return { email };
}

const TOKEN_PROBLEMS = {
  EXPIRED: "This link has expired.",
  USED: "This link has already been used.",
  UNKNOWN: "This link is not valid. It may have been replaced by a newer one.",
} as const;

/** Confirms an email-verification or email-change link. */
export async function confirmEmailToken(
  token: string,
  ip: string,
  now: Date = new Date(),
  browserKey?: string,
): Promise<{ kind: "verified" | "changed" }> {
  const consumed = await consumeUserToken(token, ["EMAIL_VERIFICATION", "EMAIL_CHANGE"], now);
  if (!consumed.ok) throw new DomainError(`${TOKEN_PROBLEMS[consumed.reason]} Ask for a new one below.`);

  if (consumed.kind === "EMAIL_VERIFICATION") {
    await confirmAddress(consumed.userId, { payload: consumed.payload, browserKey, ip, now });
    return { kind: "verified" };
  }

  const newEmail = consumed.payload;
  if (!newEmail) throw new DomainError(TOKEN_PROBLEMS.UNKNOWN);
  const taken = await db.user.findUnique({ where: { email: newEmail }, select: { id: true } });
  if (taken)
    throw new DomainError(
      "That email address is already used by another account. Choose a different address on your profile.",
    );
  const before = await db.user.findUniqueOrThrow({ where: { id: consumed.userId }, select: { email: true } });
  await db.$transaction(async (tx) => {
    await endEverySession(tx, consumed.userId, { email: newEmail, emailVerified: now }, now);
    await recordAudit(
      { actorId: consumed.userId, action: "auth.email_changed", targetType: "User", targetId: consumed.userId, ip },
      tx,
    );
  });
  await deliver({ to: before.email, kind: "email-change", ...emailChangedNoticeMail(newEmail) });
  return { kind: "changed" };
}

/** Always answers the same, before doing the work (`defer`); only an existing, enabled account gets a link. */
export async function requestPasswordReset(
  email: string,
  ip: string,
  now: Date = new Date(),
  defer: Defer = runNow,
): Promise<{ email: string }> {
  await defer(async () => {
    const user = await db.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
    if (!user || user.disabledAt) return;
    const { token } = await issueUserToken({ userId: user.id, kind: "PASSWORD_RESET", now });
    await recordAudit({
      actorId: user.id,
      action: "auth.password_reset_requested",
      targetType: "User",
      targetId: user.id,
      ip,
    });
    await deliver({ to: email, kind: "password-reset", ...passwordResetMail(appUrl("/reset-password", { token })) });
  });
  return { email };
}

/** Sets the new password, confirms the address (the link proved it) and ends every session. */
export async function resetPassword(
  input: { token: string; password: string },
  ip: string,
  now: Date = new Date(),
): Promise<{ email: string }> {
  const consumed = await consumeUserToken(input.token, ["PASSWORD_RESET"], now);
  if (!consumed.ok) throw new DomainError(`${TOKEN_PROBLEMS[consumed.reason]} Request a new reset link.`);
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const updated = await endEverySession(tx, consumed.userId, { passwordHash, emailVerified: now }, now);
    await recordAudit(
      { actorId: updated.id, action: "auth.password_reset", targetType: "User", targetId: updated.id, ip },
      tx,
    );
    return updated;
  });
  await resetRateLimit("sign-in-email", user.email);
  return { email: user.email };
}
