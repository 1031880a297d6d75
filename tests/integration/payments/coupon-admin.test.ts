// Admins create coupons and switch them off from /admin/coupons; learners then use (or cannot use) them at
// checkout. Real action definitions, a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { createCouponAction, previewCouponAction, setCouponActiveAction } from "@/lib/payments/actions";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createLearner, createPaidCourse } from "./fixtures";

let t: TestDatabase;
let admin: { id: string; sessionVersion: number };

beforeAll(async () => {
  t = await useTestDatabase();
  admin = await t.db.user.create({
    data: { email: "coupon-admin@example.test", name: "Ada Admin", role: "ADMIN", emailVerified: new Date() },
  });
});

const create = (input: Record<string, string>) =>
  runAction(createCouponAction.definition, input, scopeFor(claimsOf(admin)));

describe("coupon administration", () => {
  it("creates a coupon a learner can use at once, and switching it off stops it", async () => {
    const { course } = await createPaidCourse(t.db, { priceCents: 8000 });
    const created = await create({ code: "spring-25", kind: "percent", value: "25", courseId: course.id });
    expect(created).toMatchObject({ ok: true, data: { code: "SPRING-25" } });
    const learner = await createLearner(t.db);
    const preview = () =>
      runAction(
        previewCouponAction.definition,
        { courseSlug: course.slug, couponCode: "Spring-25" },
        scopeFor(claimsOf(learner)),
      );
    expect(await preview()).toMatchObject({ ok: true, data: { discount: "$20.00", total: "$60.00" } });

    const couponId = created.ok ? created.data.id : "";
    const off = await runAction(
      setCouponActiveAction.definition,
      { couponId, active: "false" },
      scopeFor(claimsOf(admin)),
    );
    expect(off).toMatchObject({ ok: true, data: { active: false } });
    expect(await preview()).toMatchObject({ ok: false, error: expect.stringMatching(/does not exist/) });

    const audit = await t.db.auditLog.findMany({ where: { targetId: couponId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["coupon.created", "coupon.disabled"]);
  });

  it("takes an amount off, a use limit and a last day", async () => {
    const created = await create({
      code: "TENOFF",
      kind: "amount",
      value: "10.50",
      maxRedemptions: "5",
      expiresOn: "2099-06-30",
    });
    expect(created.ok).toBe(true);
    const row = await t.db.coupon.findUniqueOrThrow({ where: { code: "TENOFF" } });
    expect(row).toMatchObject({ percentOff: null, amountOffCents: 1050, maxRedemptions: 5, courseId: null });
    expect(row.expiresAt?.toISOString()).toBe("2099-06-30T23:59:59.999Z");
  });

  it("refuses a taken code, a bad value, a past date and a free course at the field, creating nothing", async () => {
    const { course: free } = await createPaidCourse(t.db, { priceCents: 0 });
    await create({ code: "TAKEN", kind: "percent", value: "10" });
    const before = await t.db.coupon.count();
    const refusals: [Record<string, string>, string, RegExp][] = [
      [{ code: "taken", kind: "percent", value: "10" }, "code", /already exists/],
      [{ code: "BIG", kind: "percent", value: "150" }, "value", /1 to 100/],
      [{ code: "ZERO", kind: "amount", value: "0" }, "value", /such as 10/],
      [{ code: "x", kind: "percent", value: "10" }, "code", /3 to 40/],
      [{ code: "BAD CODE", kind: "percent", value: "10" }, "code", /letters, digits/],
      [{ code: "OLD", kind: "percent", value: "10", expiresOn: "2001-01-01" }, "expiresOn", /from today/],
      [{ code: "NOUSE", kind: "percent", value: "10", maxRedemptions: "0" }, "maxRedemptions", /at least one/],
      [{ code: "FREEBIE", kind: "percent", value: "10", courseId: free.id }, "courseId", /paid course/],
    ];
    for (const [input, field, message] of refusals) {
      const result = await create(input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.[field]?.join(" "), JSON.stringify(input)).toMatch(message);
    }
    expect(await t.db.coupon.count()).toBe(before);
  });
});
