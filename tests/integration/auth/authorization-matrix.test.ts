// Every server action and protected route handler, called as anonymous, with a revoked session, as the
// wrong role and as another user: each must be refused (or unable to reach the other account) with no writes.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import { hashPassword } from "@/lib/accounts/password";
import type { UserRole } from "@/lib/auth/roles";
import * as userActions from "@/lib/users/actions";
import { exportDataDefinition } from "@/lib/users/definitions";
import type { z } from "zod";
import { claimsOf, scopeFor } from "./helpers";
import { expectEveryActionCovered, expectRefusedWithoutSideEffects } from "./matrix";

type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
type Victim = { id: string; email: string };
type Case = { name: string; definition: AnyDefinition; input: (victim: Victim) => Record<string, string> };

const PASSWORD = "orchid tram velvet";

const CASES: Case[] = [
  {
    name: "updateProfileAction",
    definition: userActions.updateProfileAction.definition,
    input: (victim) => ({ userId: victim.id, name: "Changed", timeZone: "Asia/Tokyo" }),
  },
  {
    name: "changePasswordAction",
    definition: userActions.changePasswordAction.definition,
    input: (victim) => ({ userId: victim.id, currentPassword: PASSWORD, newPassword: "a brand new phrase" }),
  },
  {
    name: "changeEmailAction",
    definition: userActions.changeEmailAction.definition,
    input: (victim) => ({ userId: victim.id, newEmail: "taken-over@example.test", currentPassword: PASSWORD }),
  },
  {
    name: "signOutEverywhereAction",
    definition: userActions.signOutEverywhereAction.definition,
    input: (victim) => ({ userId: victim.id }),
  },
  {
    name: "endSessionAction",
    definition: userActions.endSessionAction.definition,
    input: () => ({ sessionId: victimSessionId }),
  },
  {
    name: "deleteAccountAction",
    definition: userActions.deleteAccountAction.definition,
    input: (victim) => ({ userId: victim.id, confirmation: "delete my account", currentPassword: PASSWORD }),
  },
  {
    name: "changeRoleAction",
    definition: userActions.changeRoleAction.definition,
    input: (victim) => ({ userId: victim.id, role: "ADMIN" }),
  },
  {
    name: "setUserDisabledAction",
    definition: userActions.setUserDisabledAction.definition,
    input: (victim) => ({ userId: victim.id, disabled: "true" }),
  },
  {
    name: "saveAdvisorProfileAction",
    definition: userActions.saveAdvisorProfileAction.definition,
    input: (victim) => ({ userId: victim.id, headline: "Taken over", bio: "x".repeat(50), languages: "English" }),
  },
  // Its input type is erased, as createAction does for server actions, to sit in one list.
  {
    name: "GET /profile/export",
    definition: exportDataDefinition as unknown as AnyDefinition,
    input: (victim) => ({ userId: victim.id }),
  },
];

const ADMIN_ACTIONS = new Set(["changeRoleAction", "setUserDisabledAction"]);
/** Actions on the caller's own advisor profile: refused to every other role; there is no id to smuggle. */
const ADVISOR_ACTIONS = new Set(["saveAdvisorProfileAction"]);
/** Actions that name another record by id: with someone else's id they refuse, and change nothing. */
const FOREIGN_ID_ACTIONS = new Set(["endSessionAction"]);
let victimSessionId = "";

let t: TestDatabase;
const people = {} as Record<
  "admin" | "learner" | "instructor" | "advisor" | "victim",
  { id: string; email: string; sessionVersion: number; role: UserRole }
>;

async function snapshot() {
  const [users, audit, tokens, mail, revokedSessions] = await Promise.all([
    t.db.user.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        timeZone: true,
        passwordHash: true,
        sessionVersion: true,
        disabledAt: true,
      },
    }),
    t.db.auditLog.count(),
    t.db.userToken.count(),
    t.db.emailOutbox.count(),
    t.db.signInSession.count({ where: { revokedAt: { not: null } } }),
  ]);
  return { users, audit, tokens, mail, revokedSessions };
}

beforeAll(async () => {
  t = await useTestDatabase();
  const passwordHash = await hashPassword(PASSWORD);
  for (const [key, role] of [
    ["admin", "ADMIN"],
    ["learner", "LEARNER"],
    ["instructor", "INSTRUCTOR"],
    ["advisor", "ADVISOR"],
    ["victim", "LEARNER"],
  ] as const) {
    people[key] = await t.db.user.create({
      data: { email: `${key}@example.test`, name: key, role, passwordHash, emailVerified: new Date() },
      select: { id: true, email: true, sessionVersion: true, role: true },
    });
  }
});

beforeAll(async () => {
  victimSessionId = (
    await t.db.signInSession.create({ data: { userId: people.victim.id, userAgent: "victim's browser" } })
  ).id;
});

describe("authorization matrix", () => {
  it("covers every exported server action", () => {
    expectEveryActionCovered(userActions, CASES);
  });

  for (const testCase of CASES) {
    describe(testCase.name, () => {
      it("refuses an anonymous caller without side effects", async () => {
        await expectRefusedWithoutSideEffects(
          snapshot,
          () => runAction(testCase.definition, testCase.input(people.victim), scopeFor(null)),
          "UNAUTHENTICATED",
        );
      });

      it("refuses a session revoked by a newer session version", async () => {
        const before = await snapshot();
        const stale = { sub: people.admin.id, sv: people.admin.sessionVersion - 1 };
        const result = await runAction(testCase.definition, testCase.input(people.victim), scopeFor(stale));
        expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
        expect(await snapshot()).toEqual(before);
      });

      if (ADMIN_ACTIONS.has(testCase.name)) {
        for (const role of ["learner", "instructor", "advisor"] as const) {
          it(`refuses the ${role} role without side effects`, async () => {
            await expectRefusedWithoutSideEffects(
              snapshot,
              () => runAction(testCase.definition, testCase.input(people.victim), scopeFor(claimsOf(people[role]))),
              "FORBIDDEN",
            );
          });
        }

        it("refuses an admin acting on their own account", async () => {
          await expectRefusedWithoutSideEffects(snapshot, () =>
            runAction(testCase.definition, testCase.input(people.admin), scopeFor(claimsOf(people.admin))),
          );
        });
      } else if (ADVISOR_ACTIONS.has(testCase.name)) {
        for (const role of ["learner", "instructor", "admin"] as const) {
          it(`refuses the ${role} role without side effects`, async () => {
            await expectRefusedWithoutSideEffects(
              snapshot,
              () => runAction(testCase.definition, testCase.input(people.victim), scopeFor(claimsOf(people[role]))),
              "FORBIDDEN",
            );
          });
        }
      } else {
        it("cannot reach another user's account: a smuggled userId is ignored", async () => {
          const victimBefore = await t.db.user.findUnique({ where: { id: people.victim.id } });
          const victimTokens = await t.db.userToken.count({ where: { userId: people.victim.id } });
          const other = await t.db.user.create({
            data: {
              email: `other-${testCase.name}@example.test`,
              passwordHash: await hashPassword(PASSWORD),
              emailVerified: new Date(),
            },
          });
          const result = await runAction(testCase.definition, testCase.input(people.victim), scopeFor(claimsOf(other)));
          expect(result.ok).toBe(!FOREIGN_ID_ACTIONS.has(testCase.name));
          expect(await t.db.signInSession.findUnique({ where: { id: victimSessionId } })).toMatchObject({
            revokedAt: null,
          });
          expect(await t.db.user.findUnique({ where: { id: people.victim.id } })).toEqual(victimBefore);
          expect(await t.db.userToken.count({ where: { userId: people.victim.id } })).toBe(victimTokens);
          if (testCase.name === "GET /profile/export" && result.ok) {
            expect(JSON.stringify(result.data)).toContain(other.email);
            expect(JSON.stringify(result.data)).not.toContain(people.victim.email);
            expect(JSON.stringify(result.data)).not.toContain("argon2");
          }
        });
      }
    });
  }

  it("lets the admin change a role, which revokes the target's session on its next request", async () => {
    const target = await t.db.user.create({ data: { email: "promoted@example.test", emailVerified: new Date() } });
    const targetScope = scopeFor(claimsOf(target));
    expect((await runAction(exportDataDefinition, {}, targetScope)).ok).toBe(true);

    const result = await runAction(
      userActions.changeRoleAction.definition,
      { userId: target.id, role: "INSTRUCTOR" },
      scopeFor(claimsOf(people.admin)),
    );
    expect(result).toEqual({ ok: true, data: { role: "INSTRUCTOR" } });
    expect(
      await t.db.auditLog.findFirst({ where: { action: "user.role_changed", targetId: target.id } }),
    ).toMatchObject({ actorId: people.admin.id, meta: { from: "LEARNER", to: "INSTRUCTOR" } });
    expect(await runAction(exportDataDefinition, {}, targetScope)).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });
});
