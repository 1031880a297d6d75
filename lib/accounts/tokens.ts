import { createHash, randomBytes } from "node:crypto";

export type TokenKind = "EMAIL_VERIFICATION" | "PASSWORD_RESET" | "EMAIL_CHANGE";

export const TOKEN_LIFETIME_MS: Record<TokenKind, number> = {
  EMAIL_VERIFICATION: 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 30 * 60 * 1000,
  EMAIL_CHANGE: 60 * 60 * 1000,
};

/** 32 random bytes, URL-safe: the secret that goes in the emailed link and nowhere else. */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database stores instead of the token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function tokenExpiry(kind: TokenKind, now: Date): Date {
  return new Date(now.getTime() + TOKEN_LIFETIME_MS[kind]);
}

export type TokenState = "VALID" | "EXPIRED" | "USED";

export function tokenState(token: { expiresAt: Date; usedAt: Date | null }, now: Date): TokenState {
  if (token.usedAt) return "USED";
  if (token.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return "VALID";
}

/** Shape check before touching the database, so junk never reaches a query. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
