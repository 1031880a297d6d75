import { sendMail } from "../email/send-mail";
import { verifyEmailMail } from "../email/templates";
import { consumeRateLimit } from "../security/rate-limit";
import { appUrl } from "./urls";
import { issueUserToken } from "./user-tokens";

/**
 * Mails a fresh confirmation link, at most a few per address per quarter hour; never throws on mail failure.
 * `returnTo` (a same-origin path) is kept with the token: after confirming, signing in leads back there.
 */
export async function sendVerificationEmail(
  user: { id: string; email: string; name: string | null },
  now: Date = new Date(),
  returnTo?: string,
): Promise<void> {
  const limit = await consumeRateLimit("verify-email-resend", user.email);
  if (!limit.allowed) return;
  const payload = returnTo && returnTo !== "/" ? returnTo : undefined;
  const { token } = await issueUserToken({ userId: user.id, kind: "EMAIL_VERIFICATION", now, payload });
  await deliver({
    to: user.email,
    kind: "email-verification",
    ...verifyEmailMail(user.name, appUrl("/verify-email", { token })),
  });
}

/** Mail errors are logged without the message body (it holds a secret link) and never reach the person. */
export async function deliver(message: Parameters<typeof sendMail>[0]): Promise<void> {
  try {
    await sendMail(message);
  } catch (error) {
    console.error(
      `mail delivery failed (${message.kind}): ${error instanceof Error ? error.message : "unknown error"}`,
    );
  }
}
