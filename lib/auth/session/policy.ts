// Pure rules for the revocable JWT session: which claims a token carries and when it stops being valid.
import type { UserRole } from "../roles";

export const SESSION_IDLE_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 60 * 60;
/** A token older than this is re-issued on the next request, which is what makes the idle timeout slide. */
export const SESSION_REFRESH_AFTER_SECONDS = 60 * 60;

export type SessionClaims = {
  /** User id. */
  sub: string;
  /** User.sessionVersion when the token was issued. */
  sv: number;
  /** SignInSession id: this browser's sign-in, revoked on sign-out. */
  sid: string;
  /** Sign-in time (seconds since epoch); fixes the absolute lifetime. */
  authTime: number;
};

export type SessionUserRecord = {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  timeZone: string;
  hour12: boolean | null;
  sessionVersion: number;
  disabledAt: Date | null;
  /** When the token's SignInSession is live (exists for this user, not revoked): its last-seen time. */
  sessionSeenAt: Date | null;
};

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  timeZone: string;
  /** The clock they chose (true: "6:00 PM"); absent or false: 24 h, what the server shows until they choose. */
  hour12?: boolean;
};

export type SessionRejection = "MISSING_USER" | "DISABLED" | "REVOKED" | "EXPIRED";

export function readSessionClaims(value: unknown): SessionClaims | null {
  if (!value || typeof value !== "object") return null;
  const { sub, sv, sid, authTime } = value as Record<string, unknown>;
  if (typeof sub !== "string" || !sub) return null;
  // Tokens from before sessions were recorded carry no sid: they end, and the person signs in once more.
  if (typeof sid !== "string" || !sid || sid.length > 64) return null;
  if (typeof sv !== "number" || !Number.isInteger(sv)) return null;
  if (typeof authTime !== "number" || !Number.isFinite(authTime)) return null;
  return { sub, sv, sid, authTime };
}

/** Decides whether a decoded token still stands against the user's current row. */
export function checkSession(
  claims: SessionClaims,
  user: SessionUserRecord | null,
  nowSeconds: number,
): { ok: true; user: CurrentUser } | { ok: false; reason: SessionRejection } {
  if (!user || user.id !== claims.sub) return { ok: false, reason: "MISSING_USER" };
  if (user.disabledAt) return { ok: false, reason: "DISABLED" };
  if (user.sessionVersion !== claims.sv || !user.sessionSeenAt) return { ok: false, reason: "REVOKED" };
  if (nowSeconds - claims.authTime > SESSION_ABSOLUTE_SECONDS) return { ok: false, reason: "EXPIRED" };
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      timeZone: user.timeZone,
      hour12: user.hour12 ?? false,
    },
  };
}

/** Seconds the re-issued token may live: the idle window, cut short by the absolute lifetime. */
export function refreshedTokenMaxAge(authTime: number, nowSeconds: number): number {
  return Math.max(0, Math.min(SESSION_IDLE_SECONDS, authTime + SESSION_ABSOLUTE_SECONDS - nowSeconds));
}

export function needsRefresh(issuedAt: number | undefined, nowSeconds: number): boolean {
  return typeof issuedAt !== "number" || nowSeconds - issuedAt >= SESSION_REFRESH_AFTER_SECONDS;
}
