// What a signed-in person may do to their own account. Every function takes the user id from the session.
import { INVALID_FIELDS_MESSAGE } from "../actions/result";
import type { UserRole } from "../auth/roles";
import { invalidateInstructor } from "../cache/invalidate";
import { mayHavePublicProfile } from "./public-profile";
import { db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../actions/errors";
import { hashPassword, verifyPassword } from "../accounts/password";
import { appUrl } from "../accounts/urls";
import { issueUserToken } from "../accounts/user-tokens";
import { endEverySession, endSignInSession } from "../auth/session/sign-out";
import { deliver } from "../accounts/verification-mail";
import { emailChangeMail, passwordChangedMail } from "../email/templates";

const WRONG_PASSWORD = { currentPassword: ["That isn't your current password. Check it and try again."] };

/** Only people who teach have a public page, so only their bio is kept; a learner's form has no bio field. */
export async function updateProfile(
  userId: string,
  role: UserRole,
  input: { name: string; timeZone: string; hour12?: boolean; bio?: string },
) {
  const bio = input.bio !== undefined && mayHavePublicProfile(role) ? { bio: input.bio } : {};
  const clock = input.hour12 !== undefined ? { hour12: input.hour12 } : {};
  const user = await db.user.update({
    where: { id: userId },
    data: { name: input.name, timeZone: input.timeZone, ...clock, ...bio },
    select: { name: true, timeZone: true },
  });
  // Their public page (name and bio) is memoised for a short while: show the change at once.
  invalidateInstructor(userId);
  return user;
}

/** Accounts created through a magic link or OAuth have no password yet and may set one without the old. */
async function checkCurrentPassword(
  userId: string,
  currentPassword: string,
  required: boolean,
): Promise<{ email: string; hadPassword: boolean }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user.passwordHash) {
    if (required) throw new DomainError("Your account has no password yet. Set one first, under Password.");
    return { email: user.email, hadPassword: false };
  }
  if (!currentPassword || !(await verifyPassword(user.passwordHash, currentPassword)))
    throw new DomainError(INVALID_FIELDS_MESSAGE, WRONG_PASSWORD);
  return { email: user.email, hadPassword: true };
}

/** Changes the password and ends every session, including this one. */
export async function changePassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
  ip: string,
) {
  const { email } = await checkCurrentPassword(userId, input.currentPassword, false);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await endEverySession(tx, userId, { passwordHash });
    await recordAudit(
      { actorId: userId, action: "auth.password_changed", targetType: "User", targetId: userId, ip },
      tx,
    );
  });
  await deliver({ to: email, kind: "password-changed", ...passwordChangedMail(appUrl("/forgot-password")) });
  return { signedOut: true };
}

/** Mails a confirmation link to the new address; the change happens when it is opened. */
export async function requestEmailChange(userId: string, input: { newEmail: string; currentPassword: string }) {
  const { email } = await checkCurrentPassword(userId, input.currentPassword, true);
  if (email === input.newEmail)
    throw new DomainError(INVALID_FIELDS_MESSAGE, { newEmail: ["That's already your email address."] });
  const { token } = await issueUserToken({ userId, kind: "EMAIL_CHANGE", payload: input.newEmail });
  await deliver({ to: input.newEmail, kind: "email-change", ...emailChangeMail(appUrl("/verify-email", { token })) });
  return { newEmail: input.newEmail };
}

export async function signOutEverywhere(userId: string, ip: string, now: Date = new Date()) {
  await db.$transaction(async (tx) => {
    await endEverySession(tx, userId, {}, now);
    await recordAudit(
      { actorId: userId, action: "auth.sign_out_everywhere", targetType: "User", targetId: userId, ip },
      tx,
    );
  });
  return { signedOut: true };
}

/** Ends one of the person's own sessions (from the profile's list); another account's id changes nothing. */
export async function endOwnSession(userId: string, sessionId: string, ip: string) {
  const ended = await endSignInSession(userId, sessionId, ip, "auth.session_ended");
  if (!ended) throw new DomainError("That session has already ended. Reload the page to see your current sessions.");
  return { ended: true };
}
