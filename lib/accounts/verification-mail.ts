import { db } from "../db/client";
import { enqueue } from "../outbox/enqueue";
import { kickOutbox } from "../outbox/kick";
import type { MailPayload } from "../outbox/topics";
import { verifyEmailMail } from "../email/templates";
import { consumeRateLimit } from "../security/rate-limit";
import { appUrl } from "./urls";
import { issueUserToken } from "./user-tokens";
import { encodeVerificationPayload } from "./sign-up-browser";

/**
 * Mails a fresh confirmation link, at most a few per address per quarter hour; never throws on mail failure.
 * `returnTo` (a same-origin path) is kept with the token: after confirming, signing in leads back there; so is
 * the hash of the asking browser's key (sign-up-browser.ts).
 */
export async function sendVerificationEmail(
  user: { id: string; email: string; name: string | null },
  now: Date = new Date(),
  returnTo?: string,
  browserKey?: string,
): Promise<void> {
  const limit = await consumeRateLimit("verify-email-resend", user.email);
  if (!limit.allowed) return;
  const payload = encodeVerificationPayload(returnTo && returnTo !== "/" ? returnTo : undefined, browserKey);
  const { token } = await issueUserToken({ userId: user.id, kind: "EMAIL_VERIFICATION", now, payload });
  await deliver({
    to: user.email,
    kind: "email-verification",
    ...verifyEmailMail(user.name, appUrl("/verify-email", { token })),
  });
}

/**
 * Puts an account mail in the outbox (retried until delivered) and wakes the deliverer. The link's token is
 * already written; a mail that never arrives costs a "send it again", never a half-made account.
 */
export async function deliver(message: MailPayload): Promise<void> {
  await db.$transaction((tx) => enqueue(tx, "mail", message));
  await kickOutbox();
}
