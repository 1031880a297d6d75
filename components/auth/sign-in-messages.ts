// Sentences for next-auth's error codes (the `error` query parameter), so people know what to do next.
const MESSAGES: Record<string, string> = {
  CredentialsSignin: "That email and password don't match. Check them and try again, or reset your password.",
  EmailNotVerified:
    "Please confirm your email address first. We've sent you a new confirmation link — check your inbox.",
  AccountDisabled: "This account has been disabled. Contact support if you think this is a mistake.",
  RateLimited: "Too many attempts. Please wait a few minutes and try again.",
  OAuthAccountNotLinked:
    "This email address already has an account. Sign in the way you did before (for example with your password).",
  Verification: "That sign-in link has expired or has already been used. Enter your email to get a new one.",
  AccessDenied: "You can't sign in with this account. Contact support if you think this is a mistake.",
  SessionRequired: "Please sign in to continue.",
};

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return MESSAGES[code] ?? "Sign-in didn't work. Please try again.";
}
