// Every ops action and route, called anonymous, as each non-admin role, and as an admin: only the admin gets
// through, and only the admin's call writes (one audit row) and purges.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import type { UserRole } from "@/lib/auth/roles";
import { PageCache, registerPageCache } from "@/lib/http/page-cache";
import * as opsActions from "@/lib/ops/actions";
import { purgePagesDefinition, retryOutboxDefinition } from "@/lib/ops/definitions";
import { claimsOf, scopeFor } from "../auth/helpers";

type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
const CASES: Array<{ name: string; definition: AnyDefinition; input: Record<string, string> }> = [
  { name: "purgePagesAction", definition: opsActions.purgePagesAction.definition, input: { prefix: "/courses" } },
  // Its input type is erased, as createAction does for server actions, to sit in one list.
  {
    name: "POST /api/admin/purge",
    definition: purgePagesDefinition as unknown as AnyDefinition,
    input: { prefix: "/courses" },
  },
];

let t: TestDatabase;
const people = {} as Record<UserRole, { id: string; sessionVersion: number }>;
const cache = new PageCache();

function storeCoursePage() {
  cache.set("/courses/x\ngzip", {
    status: 200,
    rawHeaders: [],
    body: Buffer.from("page"),
    storedAt: Date.now(),
    freshUntil: Date.now() + 60_000,
  });
}

beforeAll(async () => {
  t = await useTestDatabase();
  registerPageCache(cache);
  for (const role of ["ADMIN", "LEARNER", "INSTRUCTOR", "ADVISOR"] as const) {
    people[role] = await t.db.user.create({
      data: { email: `${role.toLowerCase()}@example.test`, name: role, role, emailVerified: new Date() },
      select: { id: true, sessionVersion: true },
    });
  }
});

describe("ops authorization matrix", () => {
  it("covers every exported ops action", () => {
    expect(
      Object.keys(opsActions)
        .filter((name) => name.endsWith("Action"))
        .sort(),
    ).toEqual(
      [...CASES.map((c) => c.name), "retryOutboxMessageAction"].filter((name) => name.endsWith("Action")).sort(),
    );
    expect(opsActions.retryOutboxMessageAction.definition).toBe(retryOutboxDefinition);
  });

  describe("retryOutboxMessageAction", () => {
    const deadMessage = () =>
      t.db.outboxMessage.create({
        data: { topic: "mail", payload: {}, status: "DEAD", attempts: 8, lastError: "smtp refused" },
        select: { id: true },
      });
    const definition = retryOutboxDefinition as unknown as AnyDefinition;

    it("refuses anyone but an admin, leaving the message dead", async () => {
      const { id } = await deadMessage();
      expect(await runAction(definition, { id }, scopeFor(null))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
      for (const role of ["LEARNER", "INSTRUCTOR", "ADVISOR"] as const)
        expect(await runAction(definition, { id }, scopeFor(claimsOf(people[role])))).toMatchObject({
          ok: false,
          code: "FORBIDDEN",
        });
      expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DEAD" });
    });

    it("lets an admin send it round again, with one audit row naming it", async () => {
      const { id } = await deadMessage();
      expect(await runAction(definition, { id }, scopeFor(claimsOf(people.ADMIN)))).toEqual({
        ok: true,
        data: { retried: true },
      });
      expect(await t.db.auditLog.count({ where: { action: "ops.outbox_retried", targetId: id } })).toBe(1);
    });
  });

  for (const testCase of CASES) {
    describe(testCase.name, () => {
      it("refuses an anonymous caller, purging nothing", async () => {
        storeCoursePage();
        const audit = await t.db.auditLog.count();
        expect(await runAction(testCase.definition, testCase.input, scopeFor(null))).toMatchObject({
          ok: false,
          code: "UNAUTHENTICATED",
        });
        expect(cache.size).toBe(1);
        expect(await t.db.auditLog.count()).toBe(audit);
      });

      for (const role of ["LEARNER", "INSTRUCTOR", "ADVISOR"] as const) {
        it(`refuses a ${role.toLowerCase()}, purging nothing`, async () => {
          storeCoursePage();
          const audit = await t.db.auditLog.count();
          expect(await runAction(testCase.definition, testCase.input, scopeFor(claimsOf(people[role])))).toMatchObject({
            ok: false,
            code: "FORBIDDEN",
          });
          expect(cache.size).toBe(1);
          expect(await t.db.auditLog.count()).toBe(audit);
        });
      }

      it("lets an admin purge, with one audit row naming the path", async () => {
        storeCoursePage();
        const result = await runAction(testCase.definition, testCase.input, scopeFor(claimsOf(people.ADMIN)));
        expect(result).toEqual({ ok: true, data: { dropped: 1 } });
        expect(cache.size).toBe(0);
        const row = await t.db.auditLog.findFirst({
          where: { action: "ops.pages_purged" },
          orderBy: { createdAt: "desc" },
        });
        expect(row).toMatchObject({ actorId: people.ADMIN.id, targetType: "Path", targetId: "/courses" });
      });
    });
  }

  it("refuses a path that is not one, saying what to enter", async () => {
    const result = await runAction(
      purgePagesDefinition as unknown as AnyDefinition,
      { prefix: "courses?x=1" },
      scopeFor(claimsOf(people.ADMIN)),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { prefix: [expect.stringContaining("starts with /")] } });
  });
});
