export type AuthErrorCode = "UNAUTHENTICATED" | "FORBIDDEN";

/** Thrown by the session helpers; the action wrapper and route handlers turn it into a refusal. */
export class AuthError extends Error {
  readonly code: AuthErrorCode;

  constructor(code: AuthErrorCode, message?: string) {
    super(
      message ??
        (code === "UNAUTHENTICATED" ? "Please sign in to continue." : "Your account does not have access to this."),
    );
    this.name = "AuthError";
    this.code = code;
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}
