// Every audit row on the admin page names what it is about, even after the subject is deleted.
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/users/audit-queries";
import { recordAudit } from "@/lib/audit/record-audit";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { makeCourse, makeUser } from "../studio/fixtures";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
});

describe("audit subjects", () => {
  it("names the coupon, advisor, course, review and account of each row, with plain labels", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const owner = await makeUser(t.db);
    const { courseId } = await makeCourse(t.db, owner, "Queues in Practice");
    const coupon = await t.db.coupon.create({ data: { code: "SPRING25", percentOff: 25 } });
    const advisorUser = await t.db.user.update({ where: { id: owner.id }, data: { name: "Grace Hopper" } });
    const advisor = await t.db.advisor.create({
      data: { userId: advisorUser.id, slug: "grace", headline: "Careers", timeZone: "UTC" },
    });
    const base = { actorId: admin.id, ip: "203.0.113.5" };
    await recordAudit({ ...base, action: "coupon.disabled", targetType: "coupon", targetId: coupon.id });
    await recordAudit({ ...base, action: "advisor.disabled", targetType: "Advisor", targetId: advisor.id });
    await recordAudit({
      ...base,
      action: "studio.course_published",
      targetType: "course",
      targetId: courseId,
      meta: { lessons: 2 },
    });
    await recordAudit({
      ...base,
      action: "review.hidden",
      targetType: "Review",
      targetId: "gone",
      meta: { course: "Queues in Practice", rating: 1, author: "Sam", reason: "Spam" },
    });
    await recordAudit({
      ...base,
      action: "user.role_changed",
      targetType: "User",
      targetId: owner.id,
      meta: { from: "LEARNER", to: "INSTRUCTOR" },
    });

    const { entries } = await listAuditEntries({ action: "", page: 1 });
    const byAction = new Map(entries.map((e) => [e.action, e]));
    expect(byAction.get("coupon.disabled")).toMatchObject({ label: "Coupon disabled", subject: "Coupon SPRING25" });
    expect(byAction.get("advisor.disabled")).toMatchObject({
      label: "Advisor disabled",
      subject: "Advisor Grace Hopper",
    });
    expect(byAction.get("studio.course_published")).toMatchObject({
      label: "Course published",
      subject: "Course “Queues in Practice”",
      details: ["Lessons published: 2"],
    });
    expect(byAction.get("review.hidden")).toMatchObject({
      subject: "1-star review by Sam on “Queues in Practice”",
      details: ["Reason: Spam"],
    });
    expect(byAction.get("user.role_changed")).toMatchObject({
      subject: owner.email,
      details: ["From: Learner", "To: Instructor"],
    });
  });
});
