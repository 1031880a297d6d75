import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateToken, hashToken, looksLikeToken, tokenExpiry, tokenState } from "@/lib/accounts/tokens";

const NOW = new Date("2026-03-01T12:00:00Z");

describe("single-use tokens", () => {
  it("are 32 random bytes in URL-safe base64 and never repeat", () => {
    const tokens = new Set(Array.from({ length: 200 }, generateToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) expect(looksLikeToken(token)).toBe(true);
  });

  it("are stored as their SHA-256, never as themselves", () => {
    const token = generateToken();
    expect(hashToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashToken(token)).not.toContain(token);
  });

  it("expire 30 minutes after issue for password resets, 24 hours for email confirmation", () => {
    expect(tokenExpiry("PASSWORD_RESET", NOW).toISOString()).toBe("2026-03-01T12:30:00.000Z");
    expect(tokenExpiry("EMAIL_VERIFICATION", NOW).toISOString()).toBe("2026-03-02T12:00:00.000Z");
    expect(tokenExpiry("EMAIL_CHANGE", NOW).toISOString()).toBe("2026-03-01T13:00:00.000Z");
  });

  it("are valid until the expiry instant, expired from it, and used once used", () => {
    const expiresAt = tokenExpiry("PASSWORD_RESET", NOW);
    expect(tokenState({ expiresAt, usedAt: null }, new Date(expiresAt.getTime() - 1))).toBe("VALID");
    expect(tokenState({ expiresAt, usedAt: null }, expiresAt)).toBe("EXPIRED");
    expect(tokenState({ expiresAt, usedAt: NOW }, NOW)).toBe("USED");
  });

  it("reject anything that is not shaped like a token before a lookup", () => {
    expect(looksLikeToken("")).toBe(false);
    expect(looksLikeToken("a".repeat(42))).toBe(false);
    expect(looksLikeToken("' OR 1=1 --" + "a".repeat(32))).toBe(false);
    expect(looksLikeToken(undefined)).toBe(false);
  });
});
