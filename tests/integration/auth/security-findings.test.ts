// Regression tests for the outside review's findings that live below the browser (issue #9): pre-account
// takeover, answering before the work (timing), the account-exists mail limit, control characters, and
// sessions that end on the server.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction, runNow, type Defer } from "@/lib/actions/run-action";
import { forgotPasswordDefinition, signUpDefinition } from "@/lib/accounts/definitions";
import { signUp } from "@/lib/accounts/account-service";
import { resolveSessionUser } from "@/lib/auth/session";
import { authenticateWithPassword, dropUnprovenPassword } from "@/lib/accounts/sign-in-service";
import { endSignInSession } from "@/lib/auth/session/sign-out";
import { parseCatalogFilter } from "@/lib/catalog/schema";
import { signedInClaims } from "@/tests/helpers/sessions";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { latestMail, scopeFor, tokenFrom, uniqueIp } from "./helpers";
import { signInWithConfirmation } from "@/lib/accounts/confirm-sign-in";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const PASSWORD = "heron quartz meadow";

describe("pre-account takeover", () => {
  it("removes a password set before the address was proven when the owner first signs in by link, ends its sessions and tells the owner", async () => {
    // The attacker signs up with the victim's address and a password of their own; the account stays unverified.
    await signUp(
      { name: "Attacker", email: "victim-pre@example.test", password: PASSWORD, timeZone: "UTC" },
      uniqueIp(),
    );
    const created = await t.db.user.findUniqueOrThrow({ where: { email: "victim-pre@example.test" } });
    expect(created.passwordHash).not.toBeNull();
    const attackerSession = await signedInClaims(t.db, created);

    // The owner's first magic-link sign-in (the signIn callback calls this before next-auth verifies the address).
    expect(await dropUnprovenPassword("victim-pre@example.test", uniqueIp())).toBe(true);
    const after = await t.db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(after.passwordHash).toBeNull();
    expect(after.sessionVersion).toBe(created.sessionVersion + 1);
    expect(await resolveSessionUser(attackerSession)).toBeNull();
    expect(await t.db.signInSession.findUnique({ where: { id: attackerSession.sid } })).toMatchObject({
      revokedAt: expect.any(Date),
    });
    expect((await latestMail(t.db, "victim-pre@example.test"))?.kind).toBe("unverified-password-removed");
    expect(
      await t.db.auditLog.count({ where: { action: "auth.unverified_password_removed", targetId: created.id } }),
    ).toBe(1);

    // Once verified, the attacker's password opens nothing; a second link sign-in changes nothing more.
    await t.db.user.update({ where: { id: created.id }, data: { emailVerified: new Date() } });
    expect(
      await authenticateWithPassword({ email: "victim-pre@example.test", password: PASSWORD, ip: uniqueIp() }),
    ).toEqual({ ok: false, reason: "INVALID" });
    expect(await dropUnprovenPassword("victim-pre@example.test", uniqueIp())).toBe(false);
  });

  it("keeps the password when the sign-up's confirmation link is opened in the browser that signed up", async () => {
    const email = "same-browser@example.test";
    await signUp({ name: "Owner", email, password: PASSWORD, timeZone: "UTC" }, uniqueIp(), runNow, "browser-one");
    const token = tokenFrom((await latestMail(t.db, email))!.text);
    expect(await signInWithConfirmation(token, uniqueIp(), new Date(), "browser-one")).toMatchObject({ email });
    const after = await t.db.user.findUniqueOrThrow({ where: { email } });
    expect(after.emailVerified).not.toBeNull();
    expect(after.passwordHash).not.toBeNull();
    expect((await authenticateWithPassword({ email, password: PASSWORD, ip: uniqueIp() })).ok).toBe(true);
  });

  it("drops the sign-up's password when its confirmation link is opened in another browser (or none), ends the attacker's sessions and tells the owner", async () => {
    for (const [email, openedWith] of [
      ["other-browser@example.test", "browser-of-the-owner"],
      ["no-browser@example.test", undefined],
    ] as const) {
      // The attacker signs up with the owner's address; the owner opens the mailed link in their own browser.
      await signUp({ name: "Attacker", email, password: PASSWORD, timeZone: "UTC" }, uniqueIp(), runNow, "attacker");
      const created = await t.db.user.findUniqueOrThrow({ where: { email } });
      const attackerSession = await signedInClaims(t.db, created);
      const token = tokenFrom((await latestMail(t.db, email))!.text);
      expect(await signInWithConfirmation(token, uniqueIp(), new Date(), openedWith)).toMatchObject({ email });
      const after = await t.db.user.findUniqueOrThrow({ where: { email } });
      expect(after.emailVerified).not.toBeNull();
      expect(after.passwordHash).toBeNull();
      expect(await resolveSessionUser(attackerSession)).toBeNull();
      expect((await latestMail(t.db, email))?.kind).toBe("unverified-password-removed");
      expect(await authenticateWithPassword({ email, password: PASSWORD, ip: uniqueIp() })).toEqual({
        ok: false,
        reason: "INVALID",
      });
    }
  });

  it("binds a link mailed again (resend, or a sign-in before confirming) to the browser that asked", async () => {
    const email = "resent@example.test";
    await signUp({ name: "Owner", email, password: PASSWORD, timeZone: "UTC" }, uniqueIp(), runNow, "laptop");
    expect(await authenticateWithPassword({ email, password: PASSWORD, ip: uniqueIp(), browserKey: "phone" })).toEqual({
      ok: false,
      reason: "UNVERIFIED",
    });
    const token = tokenFrom((await latestMail(t.db, email))!.text);
    expect(await signInWithConfirmation(token, uniqueIp(), new Date(), "phone")).toMatchObject({ email });
    expect((await t.db.user.findUniqueOrThrow({ where: { email } })).passwordHash).not.toBeNull();
  });

  it("leaves a verified account's password alone", async () => {
    const user = await t.db.user.create({
      data: { email: "verified-pre@example.test", passwordHash: "$argon2id$placeholder", emailVerified: new Date() },
    });
    expect(await dropUnprovenPassword(user.email, uniqueIp())).toBe(false);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe("$argon2id$placeholder");
  });
});

describe("answers that do not depend on whether an email has an account", () => {
  /** A request scope whose deferred work waits until the test releases it, as Next's `after` does. */
  function deferringScope() {
    const queued: Array<() => Promise<void>> = [];
    const defer: Defer = async (work) => {
      queued.push(work);
    };
    return {
      scope: { ...scopeFor(null), defer },
      run: async () => Promise.all(queued.splice(0).map((work) => work())),
    };
  }

  it("sign-up answers before creating the account or sending any mail, for new and taken emails alike", async () => {
    await signUp(
      { name: "Owner", email: "taken-timing@example.test", password: PASSWORD, timeZone: "UTC" },
      uniqueIp(),
    );
    const mailBefore = await t.db.emailOutbox.count();
    const fresh = deferringScope();
    const taken = deferringScope();
    expect(
      await runAction(
        signUpDefinition,
        { name: "New", email: "new-timing@example.test", password: PASSWORD, timeZone: "UTC" },
        fresh.scope,
      ),
    ).toEqual({ ok: true, data: { email: "new-timing@example.test" } });
    expect(
      await runAction(
        signUpDefinition,
        { name: "Dup", email: "taken-timing@example.test", password: PASSWORD, timeZone: "UTC" },
        taken.scope,
      ),
    ).toEqual({ ok: true, data: { email: "taken-timing@example.test" } });
    // Nothing happened yet: the answer came first, on both paths.
    expect(await t.db.user.findUnique({ where: { email: "new-timing@example.test" } })).toBeNull();
    expect(await t.db.emailOutbox.count()).toBe(mailBefore);
    await fresh.run();
    await taken.run();
    expect(await t.db.user.findUnique({ where: { email: "new-timing@example.test" } })).not.toBeNull();
    expect((await latestMail(t.db, "new-timing@example.test"))?.kind).toBe("email-verification");
    expect((await latestMail(t.db, "taken-timing@example.test"))?.kind).toBe("account-exists");
  });

  it("forgot-password answers before looking the address up", async () => {
    await signUp(
      { name: "Reset", email: "reset-timing@example.test", password: PASSWORD, timeZone: "UTC" },
      uniqueIp(),
    );
    const tokensBefore = await t.db.userToken.count({ where: { kind: "PASSWORD_RESET" } });
    const request = deferringScope();
    expect((await runAction(forgotPasswordDefinition, { email: "reset-timing@example.test" }, request.scope)).ok).toBe(
      true,
    );
    expect(await t.db.userToken.count({ where: { kind: "PASSWORD_RESET" } })).toBe(tokensBefore);
    await request.run();
    expect(await t.db.userToken.count({ where: { kind: "PASSWORD_RESET" } })).toBe(tokensBefore + 1);
  });

  it("sends at most three 'you already have an account' mails to one inbox an hour", async () => {
    await signUp({ name: "Owner", email: "flood@example.test", password: PASSWORD, timeZone: "UTC" }, uniqueIp());
    for (let i = 0; i < 6; i++) {
      const result = await runAction(
        signUpDefinition,
        { name: "Flood", email: "flood@example.test", password: PASSWORD, timeZone: "UTC" },
        scopeFor(null),
      );
      expect(result.ok).toBe(true);
    }
    expect(await t.db.emailOutbox.count({ where: { to: "flood@example.test", kind: "account-exists" } })).toBe(3);
  });
});

describe("control characters", () => {
  it("are refused at the field, with a sentence, before any schema or database sees them", async () => {
    const result = await runAction(
      signUpDefinition,
      { name: "Nul\u0000Byte", email: "nul@example.test", password: PASSWORD, timeZone: "UTC" },
      scopeFor(null),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { name: [expect.stringMatching(/control character/)] },
    });
    expect(await t.db.user.findUnique({ where: { email: "nul@example.test" } })).toBeNull();
  });

  it("are taken out of catalogue searches instead of failing the page", () => {
    expect(parseCatalogFilter({ q: "lost\u0000update" })).toEqual({ q: "lost update" });
  });
});

describe("signing out ends the session on the server", () => {
  it("a copy of the token stops working once its session is ended, other sessions go on", async () => {
    const user = await t.db.user.create({ data: { email: "copied@example.test", emailVerified: new Date() } });
    const laptop = await signedInClaims(t.db, user);
    const phone = await signedInClaims(t.db, user);
    expect(await resolveSessionUser(laptop)).not.toBeNull();
    expect(await endSignInSession(user.id, laptop.sid, uniqueIp(), "auth.sign_out")).toBe(true);
    expect(await resolveSessionUser(laptop)).toBeNull();
    expect(await resolveSessionUser(phone)).not.toBeNull();
    // Another account cannot end it (the id alone is not enough), and ending twice changes nothing.
    const other = await t.db.user.create({ data: { email: "other-copied@example.test", emailVerified: new Date() } });
    expect(await endSignInSession(other.id, phone.sid, uniqueIp(), "auth.session_ended")).toBe(false);
    expect(await resolveSessionUser(phone)).not.toBeNull();
    expect(await endSignInSession(user.id, laptop.sid, uniqueIp(), "auth.sign_out")).toBe(false);
    expect(await t.db.auditLog.count({ where: { action: "auth.sign_out", targetId: laptop.sid } })).toBe(1);
  });
});
