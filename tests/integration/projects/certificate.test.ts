// A cohort course's certificate needs its required projects passed as well as every lesson: the last lesson
// alone issues none; the review that passes the last required project issues it.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { completeLesson } from "@/lib/learning/mutations";
import { saveReviewDefinition, submitProjectDefinition } from "@/lib/projects/definitions";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { addMember, createProjectCourse } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe("certificate of a cohort course", () => {
  it("is issued when the last required project passes after the lessons, not before", async () => {
    const { course, april, projects, mentor } = await createProjectCourse(t.db);
    // Only the text project is required here.
    await t.db.courseProject.updateMany({
      where: { courseId: course.id, NOT: { id: projects.text.id } },
      data: { required: false },
    });
    const member = await addMember(t.db, course, april.id);
    const lesson = await t.db.lesson.findFirstOrThrow({ where: { courseId: course.id } });
    const completion = await completeLesson(member.id, lesson.id, "read");
    expect(completion).toMatchObject({ courseCompleted: true, certificateId: null, certificateIssuedNow: false });

    const as = (who: typeof member) => scopeFor(claimsOf(who));
    const sent = await runAction(
      submitProjectDefinition,
      { projectId: projects.text.id, cohortId: april.id, textAnswer: "Done" },
      as(member),
    );
    if (!sent.ok) throw new Error(sent.error);
    const review = (outcome: string, baseVersion: number) =>
      runAction(
        saveReviewDefinition,
        { submissionId: sent.data.id, baseVersion: String(baseVersion), scores: "2,1", comment: "", outcome },
        as(mentor),
      );
    expect(await review("CHANGES_REQUESTED", 0)).toMatchObject({ ok: true });
    expect(await t.db.certificate.count({ where: { userId: member.id } })).toBe(0);
    expect(await review("PASSED", 1)).toMatchObject({ ok: true });
    const certificate = await t.db.certificate.findUniqueOrThrow({
      where: { userId_courseId: { userId: member.id, courseId: course.id } },
    });
    expect(certificate.courseTitle).toBe(course.title);
    expect(await t.db.enrollment.findFirstOrThrow({ where: { userId: member.id } })).toMatchObject({
      status: "COMPLETED",
    });
    expect(await t.db.emailOutbox.count({ where: { to: member.email, kind: { contains: "certificate" } } })).toBe(1);
  });

  it("is not issued by a passed project while lessons are left", async () => {
    const { course, april, projects, mentor } = await createProjectCourse(t.db);
    await t.db.courseProject.updateMany({
      where: { courseId: course.id, NOT: { id: projects.text.id } },
      data: { required: false },
    });
    const member = await addMember(t.db, course, april.id);
    const sent = await runAction(
      submitProjectDefinition,
      { projectId: projects.text.id, cohortId: april.id, textAnswer: "Done" },
      scopeFor(claimsOf(member)),
    );
    if (!sent.ok) throw new Error(sent.error);
    await runAction(
      saveReviewDefinition,
      { submissionId: sent.data.id, baseVersion: "0", scores: "2,1", comment: "", outcome: "PASSED" },
      scopeFor(claimsOf(mentor)),
    );
    expect(await t.db.certificate.count({ where: { userId: member.id } })).toBe(0);
    const lesson = await t.db.lesson.findFirstOrThrow({ where: { courseId: course.id } });
    expect(await completeLesson(member.id, lesson.id, "read")).toMatchObject({ certificateIssuedNow: true });
  });
});
