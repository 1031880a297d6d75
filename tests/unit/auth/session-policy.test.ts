import { describe, expect, it } from "vitest";
import {
  checkSession,
  needsRefresh,
  readSessionClaims,
  refreshedTokenMaxAge,
  SESSION_ABSOLUTE_SECONDS,
  SESSION_IDLE_SECONDS,
} from "@/lib/auth/session/policy";

const NOW = 1_800_000_000;
const user = {
  id: "u1",
  email: "a@example.com",
  name: "A",
  role: "LEARNER" as const,
  timeZone: "UTC",
  hour12: null,
  sessionVersion: 2,
  disabledAt: null,
  sessionSeenAt: new Date(),
};
const claims = { sub: "u1", sv: 2, sid: "s1", authTime: NOW - 60 };

describe("session checks against the user row", () => {
  it("accepts a token whose version matches an enabled user", () => {
    expect(checkSession(claims, user, NOW)).toEqual({
      ok: true,
      user: { id: "u1", email: "a@example.com", name: "A", role: "LEARNER", timeZone: "UTC", hour12: false },
    });
  });

  it("carries the clock the person chose; one who never chose reads 24 h", () => {
    expect(checkSession(claims, { ...user, hour12: true }, NOW)).toMatchObject({ ok: true, user: { hour12: true } });
    expect(checkSession(claims, { ...user, hour12: false }, NOW)).toMatchObject({ ok: true, user: { hour12: false } });
  });

  it("refuses after the version was bumped (sign out everywhere, password or role change)", () => {
    expect(checkSession(claims, { ...user, sessionVersion: 3 }, NOW)).toEqual({ ok: false, reason: "REVOKED" });
  });

  it("refuses a token whose own session was ended (signed out, or ended from the profile)", () => {
    expect(checkSession(claims, { ...user, sessionSeenAt: null }, NOW)).toEqual({ ok: false, reason: "REVOKED" });
  });

  it("refuses a disabled or deleted user", () => {
    expect(checkSession(claims, { ...user, disabledAt: new Date() }, NOW)).toEqual({ ok: false, reason: "DISABLED" });
    expect(checkSession(claims, null, NOW)).toEqual({ ok: false, reason: "MISSING_USER" });
  });

  it("ends every session 30 days after sign-in, however active", () => {
    expect(checkSession({ ...claims, authTime: NOW - SESSION_ABSOLUTE_SECONDS }, user, NOW).ok).toBe(true);
    expect(checkSession({ ...claims, authTime: NOW - SESSION_ABSOLUTE_SECONDS - 1 }, user, NOW)).toEqual({
      ok: false,
      reason: "EXPIRED",
    });
  });

  it("reads only well-formed claims", () => {
    expect(readSessionClaims({ sub: "u1", sv: 0, sid: "s1", authTime: 5, extra: true })).toEqual({
      sub: "u1",
      sv: 0,
      sid: "s1",
      authTime: 5,
    });
    // A token from before sessions were recorded names no session, so it no longer stands.
    expect(readSessionClaims({ sub: "u1", sv: 0, authTime: 5 })).toBeNull();
    expect(readSessionClaims({ sub: "u1", sv: 0, sid: "", authTime: 5 })).toBeNull();
    expect(readSessionClaims({ sub: "u1", sv: "0", authTime: 5 })).toBeNull();
    expect(readSessionClaims({ sv: 0, authTime: 5 })).toBeNull();
    expect(readSessionClaims(null)).toBeNull();
  });
});

describe("sliding refresh", () => {
  it("re-issues for the idle window, cut short by the absolute lifetime", () => {
    expect(refreshedTokenMaxAge(NOW, NOW)).toBe(SESSION_IDLE_SECONDS);
    expect(refreshedTokenMaxAge(NOW - SESSION_ABSOLUTE_SECONDS + 3600, NOW)).toBe(3600);
    expect(refreshedTokenMaxAge(NOW - SESSION_ABSOLUTE_SECONDS - 1, NOW)).toBe(0);
  });

  it("refreshes tokens older than an hour only", () => {
    expect(needsRefresh(NOW - 59 * 60, NOW)).toBe(false);
    expect(needsRefresh(NOW - 60 * 60, NOW)).toBe(true);
    expect(needsRefresh(undefined, NOW)).toBe(true);
  });
});
