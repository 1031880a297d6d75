import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { runAction } from "@/lib/actions/run-action";
import { confirmEmailDefinition } from "@/lib/accounts/definitions";
import { hashPassword } from "@/lib/accounts/password";
import * as userActions from "@/lib/users/actions";
import { claimsOf, latestMail, scopeFor, tokenFrom } from "./helpers";

let t: TestDatabase;
const PASSWORD = "velvet compass rain";

beforeAll(async () => {
  t = await useTestDatabase();
});

async function member(email: string) {
  return t.db.user.create({
    data: { email, name: "Member", passwordHash: await hashPassword(PASSWORD), emailVerified: new Date() },
  });
}

describe("profile", () => {
  it("saves name and time zone, refusing a 10 kB name and unknown zones with field errors", async () => {
    const user = await member("profile@example.test");
    const scope = scopeFor(claimsOf(user));
    const bad = await runAction(
      userActions.updateProfileAction.definition,
      { name: "n".repeat(10_240), timeZone: "Mars/Olympus" },
      scope,
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.stringMatching(/under 100/)], timeZone: [expect.stringMatching(/from the list/)] },
    });
    expect(
      await runAction(
        userActions.updateProfileAction.definition,
        { name: "  Ada Lovelace ", timeZone: "Pacific/Auckland" },
        scope,
      ),
    ).toEqual({ ok: true, data: { name: "Ada Lovelace", timeZone: "Pacific/Auckland" } });
  });

  it("saves the clock (12 or 24 h), keeps it when a form leaves it out, and refuses anything else", async () => {
    const user = await member("clock@example.test");
    const scope = scopeFor(claimsOf(user));
    const save = (input: Record<string, unknown>) =>
      runAction(
        userActions.updateProfileAction.definition,
        { name: "Clock", timeZone: "America/Chicago", ...input },
        scope,
      );
    const stored = async () => (await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).hour12;

    expect(await stored()).toBeNull();
    expect(await save({ hour12: "12" })).toMatchObject({ ok: true });
    expect(await stored()).toBe(true);
    expect(await save({})).toMatchObject({ ok: true });
    expect(await stored()).toBe(true);

    const bad = await save({ hour12: "13", name: "Changed" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { hour12: ["Choose a 12-hour or a 24-hour clock."] } });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ name: "Clock", hour12: true });

    expect(await save({ hour12: "24" })).toMatchObject({ ok: true });
    expect(await stored()).toBe(false);
  });

  it("changes email only with the password and only once the new address confirms", async () => {
    const user = await member("old-address@example.test");
    const scope = scopeFor(claimsOf(user));
    const wrong = await runAction(
      userActions.changeEmailAction.definition,
      { newEmail: "new-address@example.test", currentPassword: "not my password" },
      scope,
    );
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: [expect.stringMatching(/current password/)] },
    });
    expect(await latestMail(t.db, "new-address@example.test")).toBeNull();

    expect(
      (
        await runAction(
          userActions.changeEmailAction.definition,
          { newEmail: "New-Address@example.test", currentPassword: PASSWORD },
          scope,
        )
      ).ok,
    ).toBe(true);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("old-address@example.test");
    const token = tokenFrom((await latestMail(t.db, "new-address@example.test"))!.text);
    expect(await runAction(confirmEmailDefinition, { token }, scopeFor(null))).toEqual({
      ok: true,
      data: { kind: "changed" },
    });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.email).toBe("new-address@example.test");
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect((await latestMail(t.db, "old-address@example.test"))?.subject).toMatch(/email address was changed/);
  });
});

describe("account deletion", () => {
  it("needs the typed confirmation and the password", async () => {
    const user = await member("careful@example.test");
    const scope = scopeFor(claimsOf(user));
    expect(
      await runAction(
        userActions.deleteAccountAction.definition,
        { confirmation: "yes", currentPassword: PASSWORD },
        scope,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { confirmation: [expect.any(String)] } });
    expect(
      await runAction(
        userActions.deleteAccountAction.definition,
        { confirmation: "delete my account", currentPassword: "wrong one" },
        scope,
      ),
    ).toMatchObject({ ok: false });
    expect(await t.db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("removes a learner with their enrolments and cancels their upcoming consultations", async () => {
    const instructor = await t.db.user.create({ data: { email: "teach@example.test", role: "INSTRUCTOR" } });
    const course = await t.db.course.create({
      data: {
        slug: "deletion-course",
        title: "C",
        summary: "S",
        description: "D",
        topic: "APIS",
        level: "BEGINNER",
        instructorId: instructor.id,
      },
    });
    const advisorUser = await t.db.user.create({ data: { email: "advise@example.test", role: "ADVISOR" } });
    const advisor = await t.db.advisor.create({
      data: { userId: advisorUser.id, slug: "adv", headline: "H", timeZone: "UTC" },
    });
    const user = await member("leaving@example.test");
    await t.db.enrollment.create({ data: { userId: user.id, courseId: course.id } });
    const future = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const booking = await t.db.booking.create({
      data: {
        advisorId: advisor.id,
        userId: user.id,
        startsAt: future,
        endsAt: new Date(future.getTime() + 30 * 60 * 1000),
        name: "L",
        email: user.email,
        timeZone: "UTC",
        manageTokenHash: "hash-leaving",
      },
    });

    const result = await runAction(
      userActions.deleteAccountAction.definition,
      { confirmation: "Delete my account", currentPassword: PASSWORD },
      scopeFor(claimsOf(user)),
    );
    expect(result).toEqual({ ok: true, data: { deleted: true, anonymised: false } });
    expect(await t.db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await t.db.enrollment.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: "CANCELLED",
      userId: null,
    });
    expect(await t.db.auditLog.findFirst({ where: { action: "user.deleted", targetId: user.id } })).not.toBeNull();
  });

  it("anonymises instead of deleting when payment records must be kept", async () => {
    const instructor = await t.db.user.create({ data: { email: "teach2@example.test", role: "INSTRUCTOR" } });
    const course = await t.db.course.create({
      data: {
        slug: "paid-course",
        title: "P",
        summary: "S",
        description: "D",
        topic: "APIS",
        level: "BEGINNER",
        priceCents: 4900,
        instructorId: instructor.id,
      },
    });
    const user = await member("payer@example.test");
    await t.db.payment.create({
      data: {
        userId: user.id,
        courseId: course.id,
        stripeCheckoutSessionId: "cs_test_1",
        amountCents: 4900,
        currency: "usd",
        status: "PAID",
      },
    });
    await t.db.enrollment.create({ data: { userId: user.id, courseId: course.id, source: "PURCHASE" } });

    expect(
      await runAction(
        userActions.deleteAccountAction.definition,
        { confirmation: "delete my account", currentPassword: PASSWORD },
        scopeFor(claimsOf(user)),
      ),
    ).toEqual({ ok: true, data: { deleted: true, anonymised: true } });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ email: `deleted-${user.id}@deleted.invalid`, name: null, passwordHash: null });
    expect(row.disabledAt).not.toBeNull();
    expect(await t.db.payment.count({ where: { userId: user.id } })).toBe(1);
    expect(await t.db.enrollment.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses to delete the only admin", async () => {
    const admin = await t.db.user.create({
      data: {
        email: "only-admin@example.test",
        role: "ADMIN",
        passwordHash: await hashPassword(PASSWORD),
        emailVerified: new Date(),
      },
    });
    const result = await runAction(
      userActions.deleteAccountAction.definition,
      { confirmation: "delete my account", currentPassword: PASSWORD },
      scopeFor(claimsOf(admin)),
    );
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/only admin/) });
    expect(await t.db.user.count({ where: { id: admin.id } })).toBe(1);
  });
});
