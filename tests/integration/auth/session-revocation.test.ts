import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { hashPassword } from "@/lib/accounts/password";
import { resolveSessionUser } from "@/lib/auth/session";
import { SESSION_ABSOLUTE_SECONDS } from "@/lib/auth/session/policy";
import { setUserDisabled } from "@/lib/users/admin-service";
import { changePassword, signOutEverywhere } from "@/lib/users/profile-service";
import { signedInClaims } from "@/tests/helpers/sessions";
import { uniqueIp } from "./helpers";

let t: TestDatabase;
let adminId: string;
const PASSWORD = "saffron pylon otter";

beforeAll(async () => {
  t = await useTestDatabase();
  adminId = (await t.db.user.create({ data: { email: "root@example.test", role: "ADMIN", emailVerified: new Date() } }))
    .id;
});

async function signedIn(email: string) {
  const user = await t.db.user.create({
    data: {
      email,
      name: "S",
      passwordHash: await hashPassword(PASSWORD),
      emailVerified: new Date(),
      timeZone: "Asia/Kolkata",
    },
  });
  const claims = await signedInClaims(t.db, user);
  expect(await resolveSessionUser(claims)).toEqual({
    id: user.id,
    email,
    name: "S",
    role: "LEARNER",
    timeZone: "Asia/Kolkata",
    hour12: false,
  });
  return { user, claims };
}

describe("session revocation takes effect on the next request", () => {
  it("after sign out everywhere", async () => {
    const { user, claims } = await signedIn("everywhere@example.test");
    await signOutEverywhere(user.id, uniqueIp());
    expect(await resolveSessionUser(claims)).toBeNull();
    // A session started afterwards carries the new version and works.
    expect(await resolveSessionUser({ ...(await signedInClaims(t.db, user)), sv: claims.sv + 1 })).not.toBeNull();
  });

  it("after a password change", async () => {
    const { user, claims } = await signedIn("password@example.test");
    await changePassword(user.id, { currentPassword: PASSWORD, newPassword: "indigo harbour lamp" }, uniqueIp());
    expect(await resolveSessionUser(claims)).toBeNull();
  });

  it("after the account is disabled, and not before it is enabled again", async () => {
    const { user, claims } = await signedIn("disabled@example.test");
    await setUserDisabled(adminId, { userId: user.id, disabled: true }, uniqueIp());
    expect(await resolveSessionUser(claims)).toBeNull();
    await setUserDisabled(adminId, { userId: user.id, disabled: false }, uniqueIp());
    expect(await resolveSessionUser(claims)).toBeNull();
    expect(await resolveSessionUser({ ...(await signedInClaims(t.db, user)), sv: claims.sv + 1 })).not.toBeNull();
  });

  it("when the token names a sign-in that is another account's, revoked or unknown", async () => {
    const { user, claims } = await signedIn("borrowed@example.test");
    const other = await signedIn("lender@example.test");
    // The other account's live sign-in does not vouch for this account's token.
    expect(await resolveSessionUser({ ...claims, sid: other.claims.sid })).toBeNull();
    expect(await resolveSessionUser({ ...claims, sid: "no-such-sign-in" })).toBeNull();
    await t.db.signInSession.update({ where: { id: claims.sid }, data: { revokedAt: new Date() } });
    expect(await resolveSessionUser(claims)).toBeNull();
    expect(await resolveSessionUser({ ...claims, sub: "no-such-user" })).toBeNull();
    expect(user.id).not.toBe(other.user.id);
  });

  it("30 days after sign-in", async () => {
    const { claims } = await signedIn("old@example.test");
    const now = new Date((claims.authTime + SESSION_ABSOLUTE_SECONDS + 1) * 1000);
    expect(await resolveSessionUser(claims, now)).toBeNull();
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const { user, claims } = await signedIn("wrong@example.test");
    await expect(
      changePassword(user.id, { currentPassword: "not it at all", newPassword: "indigo harbour lamp" }, uniqueIp()),
    ).rejects.toThrow();
    expect(await resolveSessionUser(claims)).not.toBeNull();
  });
});
