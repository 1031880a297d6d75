// API keys from profile settings: created through the actions (secret once, hash stored), listed, revoked;
// authentication refuses revoked, expired and disabled at once; a key never holds a scope beyond its owner's role.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction, type RequestScope } from "@/lib/actions/run-action";
import * as keyActions from "@/lib/api-keys/actions";
import { authenticateApiKey, listApiKeys } from "@/lib/api-keys/service";
import { hashApiKeySecret } from "@/lib/api-keys/secret";
import type { CurrentUser } from "@/lib/auth/session/policy";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { createUser } from "@/tests/helpers/fixtures";
import { expectEveryActionCovered } from "../auth/matrix";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const scopeOf = (user: CurrentUser | null): RequestScope => ({
  getUser: async () => user,
  getIp: async () => "203.0.113.7",
  revalidate: () => undefined,
});

async function person(role: "LEARNER" | "ADMIN" | "ADVISOR" = "LEARNER"): Promise<CurrentUser> {
  const user = await createUser(t.db, { role });
  return { id: user.id, email: user.email, name: user.name, role, timeZone: "UTC" };
}

type Created = { id: string; secret: string; prefix: string; scopes: string[] };

async function create(user: CurrentUser, fields: Record<string, string>) {
  return runAction(keyActions.createApiKeyAction.definition, fields, scopeOf(user));
}

describe("API keys", () => {
  it("covers every action of the module in these cases", () => {
    expectEveryActionCovered(keyActions, [{ name: "createApiKeyAction" }, { name: "revokeApiKeyAction" }]);
  });

  it("shows the secret once, stores only its hash, and authenticates it with the owner's role", async () => {
    const learner = await person();
    const result = await create(learner, {
      name: "CRM sync",
      "scope:courses:read": "on",
      "scope:progress:read": "on",
      expiresInDays: "30",
    });
    expect(result.ok).toBe(true);
    const key = (result as { data: Created }).data;
    expect(key.secret.startsWith(key.prefix)).toBe(true);
    expect(key.scopes.sort()).toEqual(["courses:read", "progress:read"]);
    const row = await t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.secretHash).toBe(hashApiKeySecret(key.secret));
    expect(JSON.stringify(row)).not.toContain(key.secret);
    const listed = await listApiKeys(learner);
    expect(listed.map((k) => k.prefix)).toEqual([key.prefix]);

    const auth = await authenticateApiKey(key.secret, "198.51.100.9");
    expect(auth).toMatchObject({ ok: true, principal: { keyId: key.id, user: { id: learner.id, role: "LEARNER" } } });
    const used = await t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(used.lastUsedIp).toBe("198.51.100.9");
    expect(used.lastUsedAt).not.toBeNull();
  });

  it("refuses scopes beyond the owner's role, no scope at all, and anonymous callers", async () => {
    const learner = await person();
    expect(await create(learner, { name: "x", "scope:enrollments:write": "on" })).toMatchObject({
      ok: false,
      fieldErrors: { scopes: [expect.stringContaining("Create and revoke enrolments")] },
    });
    expect(await create(learner, { name: "x" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(
      await runAction(
        keyActions.createApiKeyAction.definition,
        { name: "x", "scope:courses:read": "on" },
        scopeOf(null),
      ),
    ).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await t.db.apiKey.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("a key loses a scope at once when its owner is demoted, and is refused when revoked, expired or disabled", async () => {
    const admin = await person("ADMIN");
    const created = await create(admin, { name: "HR", "scope:enrollments:write": "on", "scope:courses:read": "on" });
    const key = (created as { data: Created }).data;
    await t.db.user.update({ where: { id: admin.id }, data: { role: "LEARNER" } });
    const demoted = await authenticateApiKey(key.secret, "ip");
    expect(demoted.ok && [...demoted.principal.scopes]).toEqual(["courses:read"]);
    await t.db.user.update({ where: { id: admin.id }, data: { role: "ADMIN", disabledAt: new Date() } });
    expect(await authenticateApiKey(key.secret, "ip")).toEqual({ ok: false, reason: "DISABLED" });
    await t.db.user.update({ where: { id: admin.id }, data: { disabledAt: null } });

    await t.db.apiKey.update({ where: { id: key.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authenticateApiKey(key.secret, "ip")).toEqual({ ok: false, reason: "EXPIRED" });
    await t.db.apiKey.update({ where: { id: key.id }, data: { expiresAt: null } });

    const other = await person();
    const stranger = await runAction(keyActions.revokeApiKeyAction.definition, { keyId: key.id }, scopeOf(other));
    expect(stranger).toMatchObject({ ok: false });
    expect(await authenticateApiKey(key.secret, "ip")).toMatchObject({ ok: true });
    const revoked = await runAction(keyActions.revokeApiKeyAction.definition, { keyId: key.id }, scopeOf(admin));
    expect(revoked.ok).toBe(true);
    expect(await authenticateApiKey(key.secret, "ip")).toEqual({ ok: false, reason: "REVOKED" });
    expect(await authenticateApiKey("ba_key_" + "x".repeat(43), "ip")).toEqual({ ok: false, reason: "UNKNOWN" });
  });

  it("lets an admin make a key for a service account, acting with that account's role", async () => {
    const admin = await person("ADMIN");
    const service = await person("LEARNER");
    const refused = await create(admin, { name: "svc", "scope:users:read": "on", forEmail: service.email });
    expect(refused).toMatchObject({ ok: false });
    const made = await create(admin, { name: "svc", "scope:courses:read": "on", forEmail: service.email });
    const key = (made as { data: Created }).data;
    const auth = await authenticateApiKey(key.secret, "ip");
    expect(auth).toMatchObject({ ok: true, principal: { user: { id: service.id, role: "LEARNER" } } });
    const learner = await person();
    expect(await create(learner, { name: "svc", "scope:courses:read": "on", forEmail: service.email })).toMatchObject({
      ok: false,
      error: "Only admins create keys for other accounts.",
    });
  });
});
