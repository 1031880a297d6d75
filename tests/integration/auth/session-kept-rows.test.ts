// The session check's row kept on PGlite (lib/auth/session/index.ts, lib/db/kept-rows.ts): a repeat request runs no
// statement, and any change to the account or the sign-in, made through the app or straight in SQL, counts from the
// very next request (revoked, signed out everywhere, disabled, deleted, a new role, name, zone or clock). The hourly
// "last seen" write is made once, not on every request. On PostgreSQL nothing is kept: the same answers, read
// each time.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { resolveSessionUser } from "@/lib/auth/session";
import { signedInClaims } from "@/tests/helpers/sessions";
import { countStatementRuns } from "@/tests/helpers/statement-runs";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const onPglite = process.env.TEST_DATABASE_URL === undefined;
const pgliteOf = (db: TestDatabase) => ("pglite" in db.jobs ? db.jobs.pglite : null);

async function signedIn(email: string) {
  const user = await t.db.user.create({ data: { email, name: "Kept", emailVerified: new Date() } });
  const claims = await signedInClaims(t.db, user);
  return { user, claims, check: () => resolveSessionUser(claims) };
}

describe("the session check's kept row", () => {
  it.runIf(onPglite)("answers a repeat on PGlite without running the statement", async () => {
    const { check } = await signedIn("repeat@example.test");
    expect(await check()).toMatchObject({ name: "Kept" });
    const runs = countStatementRuns(pgliteOf(t)!, "ba_session_user");
    for (let n = 0; n < 5; n += 1) expect(await check()).toMatchObject({ name: "Kept" });
    expect(runs).toEqual({});
  });

  it("counts a change to the account straight in SQL from the very next request", async () => {
    const { user, claims, check } = await signedIn("account@example.test");
    expect(await check()).toMatchObject({ role: "LEARNER", timeZone: "UTC" });
    await t.db.$executeRawUnsafe(
      `UPDATE "User" SET "role" = 'INSTRUCTOR', "name" = 'Renamed', "timeZone" = 'Asia/Tokyo', "hour12" = true WHERE "id" = $1`,
      user.id,
    );
    expect(await check()).toMatchObject({ role: "INSTRUCTOR", name: "Renamed", timeZone: "Asia/Tokyo", hour12: true });
    await t.db.$executeRawUnsafe(`UPDATE "User" SET "disabledAt" = now() WHERE "id" = $1`, user.id);
    expect(await check()).toBeNull();
    await t.db.$executeRawUnsafe(`UPDATE "User" SET "disabledAt" = NULL WHERE "id" = $1`, user.id);
    expect(await check()).not.toBeNull();
    await t.db.$executeRawUnsafe(`UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "id" = $1`, user.id);
    expect(await check()).toBeNull();
    // A sign-in made after the bump works, and ends with the account.
    const fresh = { ...(await signedInClaims(t.db, user)), sv: claims.sv + 1 };
    expect(await resolveSessionUser(fresh)).not.toBeNull();
    await t.db.$executeRawUnsafe(`DELETE FROM "User" WHERE "id" = $1`, user.id);
    expect(await resolveSessionUser(fresh)).toBeNull();
  });

  it("counts a revoked sign-in straight in SQL from the very next request, and only that one", async () => {
    const { user, claims, check } = await signedIn("revoked@example.test");
    const other = await signedInClaims(t.db, user);
    expect(await check()).not.toBeNull();
    expect(await resolveSessionUser(other)).not.toBeNull();
    await t.db.$executeRawUnsafe(`UPDATE "SignInSession" SET "revokedAt" = now() WHERE "id" = $1`, claims.sid);
    expect(await check()).toBeNull();
    expect(await resolveSessionUser(other)).not.toBeNull();
  });

  it("records the hourly last-seen once, then keeps answering from the row it wrote", async () => {
    const { claims } = await signedIn("seen@example.test");
    const hourAgo = new Date(Date.now() - 61 * 60 * 1000);
    await t.db.signInSession.update({ where: { id: claims.sid }, data: { lastSeenAt: hourAgo } });
    const seen = () => t.db.signInSession.findUniqueOrThrow({ where: { id: claims.sid } });
    expect(await resolveSessionUser(claims)).not.toBeNull();
    // The touch is not awaited by the request: wait for it to land.
    await vi.waitFor(async () => expect((await seen()).lastSeenAt.getTime()).toBeGreaterThan(hourAgo.getTime()));
    const touched = (await seen()).lastSeenAt;
    const writes = vi.spyOn(t.db.signInSession, "updateMany");
    for (let n = 0; n < 3; n += 1) expect(await resolveSessionUser(claims)).not.toBeNull();
    expect(writes).not.toHaveBeenCalled();
    expect((await seen()).lastSeenAt).toEqual(touched);
  });
});
