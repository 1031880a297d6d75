import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { getAuthSecret } from "@/lib/auth/secret";
import { decodeSessionClaims, refreshedCookie } from "@/lib/auth/session/refresh";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/session/policy";
import { hasSignedInHint, SIGNED_IN_HINT, syncSignedInHint } from "@/lib/auth/session/signed-in-hint";

const now = () => Math.floor(Date.now() / 1000);

async function sessionCookie(claims: Record<string, unknown>, maxAge = SESSION_IDLE_SECONDS) {
  return encode({ token: claims, secret: getAuthSecret(), maxAge });
}

describe("reading the session cookie", () => {
  it("returns the claims of a valid cookie", async () => {
    const authTime = now() - 60;
    const decoded = await decodeSessionClaims(
      await sessionCookie({ sub: "user-1", sv: 3, sid: "sid-user-1", authTime }),
    );
    expect(decoded?.claims).toEqual({ sub: "user-1", sv: 3, sid: "sid-user-1", authTime });
  });

  it("returns null for no cookie, a forged or expired one, and malformed claims", async () => {
    expect(await decodeSessionClaims(undefined)).toBeNull();
    expect(await decodeSessionClaims("not-a-token")).toBeNull();
    expect(
      await decodeSessionClaims(
        await encode({
          token: { sub: "u", sv: 0, sid: "sid-u", authTime: now() },
          secret: "another secret",
          maxAge: 60,
        }),
      ),
    ).toBeNull();
    expect(
      await decodeSessionClaims(await sessionCookie({ sub: "u", sv: 0, sid: "sid-u", authTime: now() }, -60)),
    ).toBeNull();
    expect(
      await decodeSessionClaims(await sessionCookie({ sub: "u", sv: "0", sid: "sid-u", authTime: now() })),
    ).toBeNull();
  });
});

describe("sliding the session from a decoded cookie", () => {
  it("re-issues an hour-old token with the same claims, and leaves a fresh one alone", async () => {
    const decoded = (await decodeSessionClaims(
      await sessionCookie({ sub: "user-2", sv: 1, sid: "sid-user-2", authTime: now() }),
    ))!;
    expect(await refreshedCookie(decoded, now() + 60)).toBeNull();
    const later = now() + 2 * 3600;
    const fresh = await refreshedCookie(decoded, later);
    expect(fresh?.maxAge).toBe(SESSION_IDLE_SECONDS);
    expect(fresh?.options.httpOnly).toBe(true);
    expect((await decodeSessionClaims(fresh!.value))?.claims).toEqual(decoded.claims);
  });

  it("does not extend past the absolute lifetime", async () => {
    const decoded = (await decodeSessionClaims(
      await sessionCookie({ sub: "user-3", sv: 0, sid: "sid-user-3", authTime: now() - 31 * 86_400 }),
    ))!;
    expect(await refreshedCookie(decoded, now() + 2 * 3600)).toBeNull();
  });
});

describe("the signed-in hint", () => {
  it("is read from a cookie header", () => {
    expect(hasSignedInHint(`theme=dark; ${SIGNED_IN_HINT}=1`)).toBe(true);
    expect(hasSignedInHint(`${SIGNED_IN_HINT}=0`)).toBe(false);
    expect(hasSignedInHint("")).toBe(false);
  });

  it("follows the session cookie: set when a session appears, deleted when it goes", () => {
    const calls: string[] = [];
    const response = {
      set: (name: string, value: string) => calls.push(`set ${name}=${value}`),
      delete: (name: string) => calls.push(`delete ${name}`),
    };
    const request = (hinted: boolean) => ({ has: (name: string) => hinted && name === SIGNED_IN_HINT });
    syncSignedInHint(request(false), true, response, false);
    syncSignedInHint(request(true), false, response, false);
    syncSignedInHint(request(true), true, response, false);
    syncSignedInHint(request(false), false, response, false);
    expect(calls).toEqual([`set ${SIGNED_IN_HINT}=1`, `delete ${SIGNED_IN_HINT}`]);
  });
});
