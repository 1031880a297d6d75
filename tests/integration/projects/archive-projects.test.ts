// Archiving a cohort course's project in the studio: it leaves the members' lists and project pages, the review
// queue, the gradebook and the certificate's requirements; its submissions stay and staff can still open it; a
// restore brings it all back. Deleting is refused while a submission exists. Each change writes an audit row that
// names the project, the course and its cohorts.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { requiredProjectsLeft } from "@/lib/learning/certificate-issue";
import {
  cohortProjectsDefinition,
  gradebookDefinition,
  projectPageDefinition,
  submitProjectDefinition,
} from "@/lib/projects/definitions";
import { reviewQueueStateDefinition } from "@/lib/cohort-views/review-queue-answer";
import { NO_SUCH_PROJECT_MESSAGE } from "@/lib/projects/errors";
import { buildExportCourse } from "@/lib/studio/export-course";
import { DELETE_REFUSED } from "@/lib/studio/project-archive";
import { archiveCourseProjectDefinition, deleteCourseProjectDefinition } from "@/lib/studio/project-definitions";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { addMember, createProjectCourse } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
});

type Who = { id: string; sessionVersion: number };
const as = (who: Who) => scopeFor(claimsOf(who));

describe("archiving and deleting a course's project", () => {
  it("hides an archived project from members and the queue, keeps its work, and restores it", async () => {
    const made = await createProjectCourse(t.db);
    const { course, april, projects, mentor } = made;
    const owner = await t.db.user.findUniqueOrThrow({ where: { id: course.instructorId } });
    const member = await addMember(t.db, course, april.id, "archive-member");
    const submitted = await runAction(
      submitProjectDefinition,
      { cohortId: april.id, projectId: projects.text.id, textAnswer: "My answer" },
      as(member),
    );
    if (!submitted.ok) throw new Error(submitted.error);
    const memberList = async () => {
      const result = await runAction(cohortProjectsDefinition, { cohortId: april.id }, as(member));
      if (!result.ok) throw new Error(result.error);
      return result.data.projects.map((p) => p.id);
    };
    const queue = async () => {
      const result = await runAction(reviewQueueStateDefinition, { cohortId: april.id }, as(mentor));
      if (!result.ok) throw new Error(result.error);
      return result.data.queue;
    };
    const left = () => t.db.$transaction((tx) => requiredProjectsLeft(tx, member.id, course.id));
    expect(await memberList()).toContain(projects.text.id);
    expect((await queue()).items.map((i) => i.id)).toContain(submitted.data.id);
    const waitingBefore = (await queue()).waiting;
    const requiredBefore = await left();

    const archive = (archived: "true" | "false") =>
      runAction(
        archiveCourseProjectDefinition,
        { courseId: course.id, projectId: projects.text.id, archived },
        as(owner),
      );
    expect(await archive("true")).toEqual({ ok: true, data: { projectId: projects.text.id, archived: true } });

    // Members: gone from the list and the project page, and no submitting.
    expect(await memberList()).not.toContain(projects.text.id);
    expect(
      await runAction(projectPageDefinition, { cohortId: april.id, projectId: projects.text.id }, as(member)),
    ).toMatchObject({ ok: false, error: NO_SUCH_PROJECT_MESSAGE });
    expect(
      await runAction(
        submitProjectDefinition,
        { cohortId: april.id, projectId: projects.text.id, textAnswer: "Again" },
        as(member),
      ),
    ).toMatchObject({ ok: false, error: NO_SUCH_PROJECT_MESSAGE });
    // The queue, the gradebook and the certificate no longer count it.
    const archivedQueue = await queue();
    expect(archivedQueue.items.map((i) => i.id)).not.toContain(submitted.data.id);
    expect(archivedQueue.waiting).toBe(waitingBefore - 1);
    const book = await runAction(gradebookDefinition, { cohortId: april.id }, as(mentor));
    if (!book.ok) throw new Error(book.error);
    expect(book.data.projects.map((p) => p.id)).not.toContain(projects.text.id);
    expect(await left()).toBe(requiredBefore - (projects.text.required ? 1 : 0));
    // Staff still open it, and the work is kept.
    expect(
      await runAction(projectPageDefinition, { cohortId: april.id, projectId: projects.text.id }, as(mentor)),
    ).toMatchObject({ ok: true });
    expect(await t.db.projectSubmission.count({ where: { projectId: projects.text.id } })).toBe(1);
    // Nor does the course's export carry it.
    const exported = (await buildExportCourse(course.id)).projects?.map((p) => p.front.title);
    expect(exported).toEqual(expect.arrayContaining([projects.upload.title, projects.repository.title]));
    expect(exported).not.toContain(projects.text.title);

    // Archiving twice changes nothing and writes no second row.
    expect(await archive("true")).toMatchObject({ ok: true });
    const cohorts = (await t.db.cohort.findMany({ where: { courseId: course.id }, orderBy: { startsAt: "asc" } })).map(
      (c) => c.title,
    );
    expect(await t.db.auditLog.findMany({ where: { targetId: projects.text.id }, orderBy: { id: "asc" } })).toEqual([
      expect.objectContaining({
        action: "studio.project_archived",
        actorId: owner.id,
        targetType: "project",
        meta: { project: projects.text.title, course: course.title, cohorts },
      }),
    ]);

    expect(await archive("false")).toEqual({ ok: true, data: { projectId: projects.text.id, archived: false } });
    expect(await memberList()).toContain(projects.text.id);
    expect((await queue()).items.map((i) => i.id)).toContain(submitted.data.id);
    expect(await left()).toBe(requiredBefore);
    expect(
      (await t.db.auditLog.findMany({ where: { targetId: projects.text.id }, orderBy: { createdAt: "asc" } })).map(
        (row) => row.action,
      ),
    ).toEqual(["studio.project_archived", "studio.project_restored"]);
  });

  it("deletes a project only while nobody has submitted to it", async () => {
    const { course, april, projects } = await createProjectCourse(t.db);
    const owner = await t.db.user.findUniqueOrThrow({ where: { id: course.instructorId } });
    const member = await addMember(t.db, course, april.id, "delete-member");
    const submitted = await runAction(
      submitProjectDefinition,
      { cohortId: april.id, projectId: projects.text.id, textAnswer: "Mine" },
      as(member),
    );
    expect(submitted).toMatchObject({ ok: true });
    const remove = (projectId: string) =>
      runAction(deleteCourseProjectDefinition, { courseId: course.id, projectId }, as(owner));

    expect(await remove(projects.text.id)).toMatchObject({ ok: false, error: DELETE_REFUSED });
    expect(await t.db.courseProject.count({ where: { id: projects.text.id } })).toBe(1);
    expect(await t.db.projectSubmission.count({ where: { projectId: projects.text.id } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { targetId: projects.text.id } })).toBe(0);

    expect(await remove(projects.repository.id)).toEqual({ ok: true, data: { projectId: projects.repository.id } });
    expect(await t.db.courseProject.count({ where: { id: projects.repository.id } })).toBe(0);
    expect(await t.db.auditLog.findFirst({ where: { targetId: projects.repository.id } })).toMatchObject({
      action: "studio.project_deleted",
      actorId: owner.id,
      meta: { project: projects.repository.title, course: course.title },
    });
    // Another course's project id, or one already deleted: the same refusal as for nothing there.
    expect(await remove(projects.repository.id)).toMatchObject({
      ok: false,
      error: "This project was not found in the course.",
    });
  });
});
