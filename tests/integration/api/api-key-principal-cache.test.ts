// The key check's kept rows on PGlite (lib/api-keys/principal-cache.ts): a repeat request runs no statement, any
// change to a key or its owner (made through the app or straight in SQL) counts from the very next request, a read
// that a change overtook is not kept, and a key's last use is still written once a minute. On PostgreSQL nothing is
// kept: the same refusals hold there, read from the database each time.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { keptKeyRow } from "@/lib/api-keys/principal-cache";
import { hashApiKeySecret } from "@/lib/api-keys/secret";
import { authenticateApiKey, createApiKey } from "@/lib/api-keys/service";
import { createUser } from "@/tests/helpers/fixtures";
import { countStatementRuns } from "@/tests/helpers/statement-runs";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const pgliteOf = (db: TestDatabase) => ("pglite" in db.jobs ? db.jobs.pglite : null);

async function adminKey() {
  const admin = await createUser(t.db, { role: "ADMIN" });
  const actor = { id: admin.id, email: admin.email, name: admin.name, role: "ADMIN" as const, timeZone: "UTC" };
  const key = await createApiKey(
    actor,
    { name: "CRM", scopes: ["courses:read", "enrollments:write"], expiresInDays: "", forEmail: "" },
    "203.0.113.1",
  );
  return { admin, key };
}

describe("the API key check's kept rows", () => {
  it.runIf(process.env.TEST_DATABASE_URL === undefined)(
    "answers a repeat on PGlite without running the statement",
    async () => {
      const { key } = await adminKey();
      const runs = countStatementRuns(pgliteOf(t)!, "ba_api_key_with_owner");
      for (let n = 0; n < 5; n += 1) expect(await authenticateApiKey(key.secret, "ip")).toMatchObject({ ok: true });
      expect(runs).toEqual({ ba_api_key_with_owner: 1 });
    },
  );

  it("counts a change made straight in SQL from the very next request, for the key and for its owner", async () => {
    const { admin, key } = await adminKey();
    const check = () => authenticateApiKey(key.secret, "ip");
    expect(await check()).toMatchObject({ ok: true });
    await t.db.$executeRawUnsafe(`UPDATE "User" SET "role" = 'LEARNER' WHERE "id" = $1`, admin.id);
    const demoted = await check();
    expect(demoted.ok && [...demoted.principal.scopes]).toEqual(["courses:read"]);
    await t.db.$executeRawUnsafe(`UPDATE "User" SET "role" = 'ADMIN' WHERE "id" = $1`, admin.id);
    expect(await check()).toMatchObject({ ok: true, principal: { user: { role: "ADMIN" } } });
    await t.db.$executeRawUnsafe(`UPDATE "ApiKey" SET "scopes" = ARRAY['courses:read'] WHERE "id" = $1`, key.id);
    const rescoped = await check();
    expect(rescoped.ok && [...rescoped.principal.scopes]).toEqual(["courses:read"]);
    await t.db.$executeRawUnsafe(`UPDATE "ApiKey" SET "revokedAt" = now() WHERE "id" = $1`, key.id);
    expect(await check()).toEqual({ ok: false, reason: "REVOKED" });
    await t.db.$executeRawUnsafe(`DELETE FROM "ApiKey" WHERE "id" = $1`, key.id);
    expect(await check()).toEqual({ ok: false, reason: "UNKNOWN" });
  });

  it("refuses a kept key once its expiry passes, with no change in the database", async () => {
    const { key } = await adminKey();
    const soon = new Date(Date.now() + 60_000);
    await t.db.apiKey.update({ where: { id: key.id }, data: { expiresAt: soon } });
    expect(await authenticateApiKey(key.secret, "ip")).toMatchObject({ ok: true });
    expect(await authenticateApiKey(key.secret, "ip", new Date(soon.getTime() + 1))).toEqual({
      ok: false,
      reason: "EXPIRED",
    });
  });

  it("writes a key's last use once a minute, not per request, and keeps its row while doing so", async () => {
    const { key } = await adminKey();
    const start = new Date(Date.now() + 1_000);
    await authenticateApiKey(key.secret, "198.51.100.1", start);
    await authenticateApiKey(key.secret, "198.51.100.1", new Date(start.getTime() + 30_000));
    const stored = () => t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect((await stored()).lastUsedAt).toEqual(start);
    const later = new Date(start.getTime() + 61_000);
    await authenticateApiKey(key.secret, "198.51.100.1", later);
    expect((await stored()).lastUsedAt).toEqual(later);
    await authenticateApiKey(key.secret, "198.51.100.2", new Date(later.getTime() + 1_000));
    expect((await stored()).lastUsedIp).toBe("198.51.100.2");
  });

  it.runIf(process.env.TEST_DATABASE_URL === undefined)(
    "does not keep a row that a change overtook while it was read",
    async () => {
      const pglite = pgliteOf(t)!;
      const { key } = await adminKey();
      const hash = hashApiKeySecret(key.secret);
      const stale = { revokedAt: null };
      // The read returns what it saw; the revocation commits (and notifies) before the read hands it over.
      const overtaken = await keptKeyRow(pglite, hash, async () => {
        await t.db.$executeRawUnsafe(`UPDATE "ApiKey" SET "revokedAt" = now() WHERE "id" = $1`, key.id);
        return stale;
      });
      expect(overtaken).toBe(stale);
      const fresh = await keptKeyRow(pglite, hash, async () => ({ revokedAt: "read again" }));
      expect(fresh).toEqual({ revokedAt: "read again" });
    },
  );
});
