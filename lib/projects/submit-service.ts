// A learner submits (or resubmits) a project. Every submission is a new row with the next attempt number,
// taken under a lock on the learner's enrolment row: two submits of one learner queue up, and a refund that
// changes the enrolment waits for (or is seen by) the submit — a refunded learner cannot slip one in.
import { randomBytes } from "node:crypto";
import { db } from "../db/client";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { kickOutbox } from "../outbox/kick";
import { getFileStorage } from "../storage/file-storage";
import { emitProjectSubmissionCreated } from "../webhooks/domain-events";
import type { CohortUser } from "../cohorts/staff";
import { projectDeadline } from "../cohorts/cohort-days";
import { DEADLINE_PASSED_MESSAGE, NO_SUCH_PROJECT_MESSAGE, ProjectError } from "./errors";
import type { SubmitInput } from "./schema";
import { readProjectUpload } from "./upload";

type Content = Pick<SubmitInput, "repositoryUrl" | "notes" | "textAnswer">;

function requireContent(kind: string, input: SubmitInput): void {
  if (kind === "REPOSITORY" && !input.repositoryUrl)
    throw new ProjectError("Enter your repository's link.", {
      repositoryUrl: ["Enter an https:// link to your repository."],
    });
  if (kind === "TEXT" && !input.textAnswer)
    throw new ProjectError("Write your answer.", { textAnswer: ["Write your answer before submitting."] });
  if (kind === "UPLOAD" && !input.file)
    throw new ProjectError("Choose a file to upload.", { file: ["Choose a zip or PDF file."] });
}

function contentFor(kind: string, input: Content) {
  return {
    repositoryUrl: kind === "REPOSITORY" ? input.repositoryUrl : null,
    textAnswer: kind === "TEXT" ? input.textAnswer : null,
    notes: input.notes,
  };
}

export async function submitProject(user: CohortUser, input: SubmitInput, now: () => Date = () => new Date()) {
  const project = await db.courseProject.findFirst({
    where: { id: input.projectId, archivedAt: null },
    select: { id: true, courseId: true, submissionKind: true, latePolicy: true, deadlineDay: true },
  });
  const cohort = await db.cohort.findUnique({
    where: { id: input.cohortId },
    select: { id: true, courseId: true, startsAt: true, timeZone: true },
  });
  if (!project || !cohort || cohort.courseId !== project.courseId) throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
  requireContent(project.submissionKind, input);
  const deadline = projectDeadline(cohort.startsAt, cohort.timeZone, project.deadlineDay);

  // The bytes are checked and stored before the transaction (no file work under a row lock); a refused
  // submission deletes them again, so nothing is left behind.
  const upload = project.submissionKind === "UPLOAD" && input.file ? await readProjectUpload(input.file) : null;
  const fileKey = upload ? `${randomBytes(12).toString("hex")}.${upload.ext}` : null;
  if (upload && fileKey) await getFileStorage().put(fileKey, { bytes: upload.bytes, mime: upload.mime });
  try {
    const submitted = await db.$transaction(async (tx) => {
      const live = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM "Enrollment"
        WHERE "userId" = ${user.id} AND "cohortId" = ${cohort.id} AND "courseId" = ${project.courseId}
          AND status::text IN (${LIVE_ENROLLMENT_STATUSES[0]}, ${LIVE_ENROLLMENT_STATUSES[1]})
        FOR UPDATE`;
      if (live.length === 0) throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
      // The clock is read once the lock is held: what counts is when the submission is accepted.
      const late = now() > deadline;
      if (late && project.latePolicy === "CLOSED") throw new ProjectError(DEADLINE_PASSED_MESSAGE);
      const last = await tx.projectSubmission.findFirst({
        where: { projectId: project.id, userId: user.id },
        orderBy: { attempt: "desc" },
        select: { attempt: true, status: true },
      });
      if (last?.status === "PASSED")
        throw new ProjectError("This project has passed already: there is nothing more to submit.");
      const created = await tx.projectSubmission.create({
        data: {
          projectId: project.id,
          cohortId: cohort.id,
          userId: user.id,
          attempt: (last?.attempt ?? 0) + 1,
          late,
          ...contentFor(project.submissionKind, input),
          ...(upload && fileKey
            ? {
                fileKey,
                fileName: safeFileName(input.file!.name, upload.ext),
                fileMime: upload.mime,
                fileBytes: upload.bytes.length,
              }
            : {}),
        },
        select: { id: true, attempt: true, late: true, projectId: true, cohortId: true },
      });
      await emitProjectSubmissionCreated(tx, created.id);
      return created;
    });
    await kickOutbox();
    return submitted;
  } catch (error) {
    if (fileKey) await getFileStorage().delete(fileKey);
    throw error;
  }
}

/** The name shown for a download: the learner's, reduced to safe characters, with the checked extension. */
function safeFileName(name: string, ext: string): string {
  const base =
    name
      .replace(/\.[^.]*$/, "")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .slice(0, 80) || "submission";
  return `${base}.${ext}`;
}
