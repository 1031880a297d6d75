import { describe, expect, it } from "vitest";
import { createManageToken, hashManageToken, verifyManageToken } from "@/lib/booking/manage-token";

const SECRET = "a".repeat(43);

describe("manage links", () => {
  it("verify with the same secret before they expire", () => {
    const token = createManageToken(SECRET, "bk123", 2_000_000_000_000, "nonce");
    expect(verifyManageToken(SECRET, token, 1_900_000_000_000)).toEqual({
      ok: true,
      bookingId: "bk123",
      expiresAt: 2_000_000_000_000,
    });
  });

  it("refuse another secret, a changed booking id or expiry, junk, and an expired link", () => {
    const token = createManageToken(SECRET, "bk123", 2_000_000_000_000, "nonce");
    expect(verifyManageToken("b".repeat(43), token, 0)).toEqual({ ok: false, reason: "BAD_SIGNATURE" });
    expect(verifyManageToken(SECRET, token.replace("bk123", "bk124"), 0)).toEqual({
      ok: false,
      reason: "BAD_SIGNATURE",
    });
    expect(verifyManageToken(SECRET, token.replace("2000000000", "2100000000"), 0)).toEqual({
      ok: false,
      reason: "BAD_SIGNATURE",
    });
    expect(verifyManageToken(SECRET, "not a token", 0)).toEqual({ ok: false, reason: "MALFORMED" });
    expect(verifyManageToken(SECRET, token, 2_000_000_000_000)).toEqual({ ok: false, reason: "EXPIRED" });
  });

  it("two links for one booking differ, and so do their stored hashes", () => {
    const a = createManageToken(SECRET, "bk1", 2_000_000_000_000);
    const b = createManageToken(SECRET, "bk1", 2_000_000_000_000);
    expect(a).not.toBe(b);
    expect(hashManageToken(a)).not.toBe(hashManageToken(b));
  });
});
