import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { getAuthSecret } from "@/lib/auth/secret";
import { decodeSessionToken } from "@/lib/auth/session/decoded-tokens";

const claims = (sub: string) => ({ sub, sv: 0, sid: `sid-${sub}`, authTime: Math.floor(Date.now() / 1000) });

describe("remembering decoded session tokens", () => {
  it("answers a token it decoded before from memory, with the same claims", async () => {
    const value = await encode({ token: claims("memo-1"), secret: getAuthSecret(), maxAge: 600 });
    const first = await decodeSessionToken(value);
    expect(first?.sub).toBe("memo-1");
    expect(await decodeSessionToken(value)).toBe(first);
  });

  it("decodes again once the token's own expiry has passed", async () => {
    const value = await encode({ token: claims("memo-2"), secret: getAuthSecret(), maxAge: 600 });
    const first = await decodeSessionToken(value);
    const afterExpiry = (first!.exp as number) * 1000 + 1;
    // The remembered answer is not used past `exp`: this is a fresh decode (jose still checks the real clock).
    const again = await decodeSessionToken(value, afterExpiry);
    expect(again).not.toBe(first);
    expect(again?.sub).toBe("memo-2");
  });

  it("remembers no forged or expired token: each call is refused on its own", async () => {
    const forged = await encode({ token: claims("memo-3"), secret: "another secret", maxAge: 600 });
    await expect(decodeSessionToken(forged)).rejects.toThrow();
    await expect(decodeSessionToken(forged)).rejects.toThrow();
    const expired = await encode({ token: claims("memo-4"), secret: getAuthSecret(), maxAge: -60 });
    await expect(decodeSessionToken(expired)).rejects.toThrow();
    await expect(decodeSessionToken(expired)).rejects.toThrow();
  });
});
