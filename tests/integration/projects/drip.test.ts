// Drip release on the real database: before its module's release day, a cohort member's lesson state says
// when the lesson opens and carries no content, and completing it is refused; from local midnight of that day
// in the cohort's zone it is served. A self-paced learner of the same course (no cohort) is not held back.
import { beforeAll, describe, expect, it } from "vitest";
import { moduleOpensAt } from "@/lib/cohorts/cohort-days";
import { sendModuleReleaseMail } from "@/lib/cohorts/module-release-mail";
import { getLessonStateResponse } from "@/lib/learning/lesson-state";
import { completeLesson } from "@/lib/learning/mutations";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { createLearner } from "../payments/fixtures";
import { addMember, createProjectCourse } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const asUser = (learner: { id: string; email: string; name: string | null }) => ({
  ...learner,
  role: "LEARNER" as const,
  timeZone: "UTC",
});

describe("drip release", () => {
  it("keeps a module's lessons from a member until its release day, then serves them", async () => {
    const { course, april } = await createProjectCourse(t.db);
    const lesson = await t.db.lesson.findFirstOrThrow({ where: { courseId: course.id }, include: { module: true } });
    await t.db.module.update({ where: { id: lesson.moduleId }, data: { releaseDay: 3 } });
    const member = await addMember(t.db, course, april.id);
    const state = async () =>
      (await getLessonStateResponse(asUser(member), course.slug, lesson.slug))?.body.state?.lesson ?? null;

    const locked = await state();
    expect(locked).toMatchObject({
      readable: false,
      content: null,
      opensAt: moduleOpensAt(april.startsAt, april.timeZone, 3).toISOString(),
    });
    await expect(completeLesson(member.id, lesson.id, "read")).rejects.toThrow(
      /This lesson opens on .+ cannot be completed yet/,
    );
    expect(await t.db.lessonProgress.count({ where: { userId: member.id, completedAt: { not: null } } })).toBe(0);

    // The cohort started four days ago (in Berlin): day 3 has begun, the module is open.
    await t.db.cohort.update({ where: { id: april.id }, data: { startsAt: new Date(Date.now() - 4 * 86_400_000) } });
    const open = await state();
    expect(open).toMatchObject({ readable: true, opensAt: null, content: { html: expect.stringContaining("Body") } });
    expect(await completeLesson(member.id, lesson.id, "read")).toMatchObject({ completed: true });
  });

  it("does not hold back a learner enrolled without a cohort", async () => {
    const { course } = await createProjectCourse(t.db);
    const lesson = await t.db.lesson.findFirstOrThrow({ where: { courseId: course.id } });
    await t.db.module.update({ where: { id: lesson.moduleId }, data: { releaseDay: 3 } });
    const learner = await createLearner(t.db, "granted");
    await t.db.enrollment.create({
      data: { userId: learner.id, courseId: course.id, status: "ACTIVE", source: "ADMIN" },
    });
    const state = (await getLessonStateResponse(asUser(learner), course.slug, lesson.slug))?.body.state?.lesson;
    expect(state).toMatchObject({ readable: true, opensAt: null });
  });

  it("mails each live member once when a module opens, even with two workers at once", async () => {
    const { course, april } = await createProjectCourse(t.db);
    const lesson = await t.db.lesson.findFirstOrThrow({ where: { courseId: course.id } });
    await t.db.module.update({ where: { id: lesson.moduleId }, data: { releaseDay: 7, title: "Week two" } });
    const now = new Date();
    // Started eight days ago: day 7's module opened yesterday (local midnight, New York).
    await t.db.cohort.update({ where: { id: april.id }, data: { startsAt: new Date(now.getTime() - 8 * 86_400_000) } });
    const members = [await addMember(t.db, course, april.id, "m1"), await addMember(t.db, course, april.id, "m2")];
    const gone = await addMember(t.db, course, april.id, "gone");
    await t.db.enrollment.updateMany({ where: { userId: gone.id }, data: { status: "REFUNDED" } });

    const runs = await Promise.all([sendModuleReleaseMail(now), sendModuleReleaseMail(now)]);
    // The job sees every cohort in the database: this cohort's two members are among what the two runs sent.
    expect(runs.reduce((sum, run) => sum + run.mails, 0)).toBeGreaterThanOrEqual(2);
    expect(await t.db.cohortModuleRelease.count({ where: { cohortId: april.id } })).toBe(2);
    for (const member of members)
      expect(await t.db.emailOutbox.count({ where: { to: member.email, kind: "cohort-module-open" } })).toBe(1);
    expect(await t.db.emailOutbox.count({ where: { to: gone.email, kind: "cohort-module-open" } })).toBe(0);
    expect(await sendModuleReleaseMail(now)).toEqual({ mails: 0 });
    // Before the module's moment nothing goes.
    const other = await createProjectCourse(t.db);
    const otherLesson = await t.db.lesson.findFirstOrThrow({ where: { courseId: other.course.id } });
    await t.db.module.update({ where: { id: otherLesson.moduleId }, data: { releaseDay: 7 } });
    const early = await addMember(t.db, other.course, other.april.id, "early");
    await sendModuleReleaseMail(now);
    expect(await t.db.emailOutbox.count({ where: { to: early.email } })).toBe(0);
  });
});
