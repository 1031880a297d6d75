// Who may see what of a project: a live member of the cohort (their own submissions only) and the cohort's
// staff (every submission of that cohort). Everyone else hears the same as for something that does not exist.
import { cohortAccess, cohortStaffRole, type CohortUser } from "../cohorts/staff";
import { db } from "../db/client";
import { NO_SUCH_PROJECT_MESSAGE, ProjectError } from "./errors";

export type Viewer = { kind: "member" } | { kind: "staff" };

/** The cohort with its course, and whether the user is a live member or staff of it; null for neither. */
export async function cohortViewer(user: CohortUser, cohortId: string): Promise<Viewer | null> {
  const access = await cohortAccess(user, cohortId);
  if (access?.member) return { kind: "member" };
  return access?.staff ? { kind: "staff" } : null;
}

/** A project of the cohort's course, seen by its member or staff. */
export async function projectInCohortOrThrow(user: CohortUser, cohortId: string, projectId: string) {
  const viewer = await cohortViewer(user, cohortId);
  const cohort = viewer
    ? await db.cohort.findUnique({
        where: { id: cohortId },
        select: {
          id: true,
          title: true,
          startsAt: true,
          endsAt: true,
          timeZone: true,
          courseId: true,
          course: { select: { title: true } },
        },
      })
    : null;
  const project = cohort
    ? await db.courseProject.findFirst({ where: { id: projectId, courseId: cohort.courseId } })
    : null;
  // An archived project is gone for members; staff still open it (its submissions and reviews are kept).
  if (!viewer || !cohort || !project || (project.archivedAt && viewer.kind === "member"))
    throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
  return { viewer, cohort, project };
}

/** A submission for its author (while still a live member) or its cohort's staff. */
export async function submissionForViewerOrThrow(user: CohortUser, submissionId: string) {
  const submission = await db.projectSubmission.findUnique({
    where: { id: submissionId },
    select: { id: true, userId: true, cohortId: true, projectId: true, fileKey: true, fileName: true, fileMime: true },
  });
  if (!submission) throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
  const viewer = await cohortViewer(user, submission.cohortId);
  const allowed = viewer?.kind === "staff" || (viewer?.kind === "member" && submission.userId === user.id);
  if (!allowed) throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
  return { submission, viewer: viewer! };
}

export async function staffOfCohortOrThrow(user: CohortUser, cohortId: string): Promise<void> {
  if (!(await cohortStaffRole(user, cohortId))) throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
}
