// Retiring a cohort course's project in the studio. Archiving hides it from members (cohort home, project page,
// submitting), the review queue, the gradebook and the certificate's requirements, and keeps every submission
// and review; restoring brings it back as it was. Deleting is for a project nobody has submitted to yet: a
// submission is a learner's work and grade, so a project with one can only be archived.
import { db } from "../db/client";
import { recordAudit, type AuditAction } from "../audit/record-audit";
import { getEditableCourseOrThrow, type StudioUser } from "./access";
import { StudioError } from "./errors";

const NOT_IN_COURSE = "This project was not found in the course.";
export const DELETE_REFUSED =
  "This project has submissions, so it cannot be deleted: archive it instead (its submissions are kept).";

type Target = { courseId: string; projectId: string };

/** The project, its course's title and its cohorts' titles (what the audit row names), under the course's edit rights. */
async function projectForStaff(user: StudioUser, input: Target) {
  const course = await getEditableCourseOrThrow(user, input.courseId);
  const project = await db.courseProject.findFirst({
    where: { id: input.projectId, courseId: course.id },
    select: {
      id: true,
      title: true,
      archivedAt: true,
      course: { select: { title: true, cohorts: { select: { title: true }, orderBy: { startsAt: "asc" } } } },
    },
  });
  if (!project) throw new StudioError(NOT_IN_COURSE);
  return project;
}

function auditMeta(project: Awaited<ReturnType<typeof projectForStaff>>, extra: Record<string, number> = {}) {
  return {
    project: project.title,
    course: project.course.title,
    cohorts: project.course.cohorts.map((c) => c.title),
    ...extra,
  };
}

/** Archives (archived: true) or restores the project; doing what is already done is a no-op without an audit row. */
export async function setCourseProjectArchived(
  user: StudioUser,
  input: Target & { archived: boolean },
  ip: string,
): Promise<{ projectId: string; archived: boolean }> {
  const project = await projectForStaff(user, input);
  const action: AuditAction = input.archived ? "studio.project_archived" : "studio.project_restored";
  await db.$transaction(async (tx) => {
    const changed = await tx.courseProject.updateMany({
      where: { id: project.id, archivedAt: input.archived ? null : { not: null } },
      data: { archivedAt: input.archived ? new Date() : null },
    });
    if (changed.count === 0) return;
    await recordAudit(
      { actorId: user.id, action, targetType: "project", targetId: project.id, ip, meta: auditMeta(project) },
      tx,
    );
  });
  return { projectId: project.id, archived: input.archived };
}

/** Deletes a project nobody has submitted to; refused with a message otherwise. */
export async function deleteCourseProject(user: StudioUser, input: Target, ip: string): Promise<{ projectId: string }> {
  const project = await projectForStaff(user, input);
  await db.$transaction(async (tx) => {
    // The row lock waits for a submission being written (its foreign key holds a share lock on this row) and
    // makes one that starts now wait for this delete, so the count below cannot miss a submission.
    await tx.$queryRaw`SELECT id FROM "CourseProject" WHERE id = ${project.id} FOR UPDATE`;
    const submissions = await tx.projectSubmission.count({ where: { projectId: project.id } });
    if (submissions > 0) throw new StudioError(DELETE_REFUSED);
    await tx.courseProject.delete({ where: { id: project.id } });
    await recordAudit(
      {
        actorId: user.id,
        action: "studio.project_deleted",
        targetType: "project",
        targetId: project.id,
        ip,
        meta: auditMeta(project),
      },
      tx,
    );
  });
  return { projectId: project.id };
}
