// Reads for the project pages: a member's projects and history, the staff's review queue and review screen.
import type { CohortUser } from "../cohorts/staff";
import { db } from "../db/client";
import { renderMarkdownCached, renderMarkdown } from "../content/render-markdown";
import { projectInCohortOrThrow, staffOfCohortOrThrow, submissionForViewerOrThrow } from "./access";
import { projectDeadline } from "../cohorts/cohort-days";
import { maxPoints, rubricSchema, type Rubric } from "./rubric";

/** A review waiting longer than this is flagged overdue in the queue. */
export const REVIEW_DUE_HOURS = 48;

export type ProjectState = "not-submitted" | "WAITING" | "PASSED" | "CHANGES_REQUESTED";

const submissionSelect = {
  id: true,
  attempt: true,
  status: true,
  late: true,
  repositoryUrl: true,
  notes: true,
  textAnswer: true,
  fileName: true,
  fileBytes: true,
  createdAt: true,
  review: {
    select: {
      outcome: true,
      scores: true,
      points: true,
      comment: true,
      version: true,
      updatedAt: true,
      reviewer: { select: { name: true } },
    },
  },
} as const;

async function withReviewHtml<T extends { id: string; review: { comment: string } | null }>(rows: T[]) {
  return Promise.all(
    rows.map(async (row) => ({
      ...row,
      reviewHtml: row.review?.comment ? (await renderMarkdown(row.review.comment, { userContent: true })).html : "",
    })),
  );
}

/** The cohort's projects with their deadlines and this member's latest state (the cohort home's list). */
export async function cohortProjectsFor(
  userId: string,
  cohort: { id: string; courseId: string; startsAt: Date; timeZone: string },
) {
  const projects = await db.courseProject.findMany({
    where: { courseId: cohort.courseId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      deadlineDay: true,
      required: true,
      submissions: {
        where: { userId, cohortId: cohort.id },
        orderBy: { attempt: "desc" },
        take: 1,
        select: { status: true },
      },
    },
  });
  return projects.map((p) => ({
    id: p.id,
    title: p.title,
    required: p.required,
    deadline: projectDeadline(cohort.startsAt, cohort.timeZone, p.deadlineDay),
    state: (p.submissions[0]?.status ?? "not-submitted") as ProjectState,
  }));
}

/** One project for its member (their history) or staff (no history of their own). */
export async function getProjectPage(user: CohortUser, cohortId: string, projectId: string) {
  const { viewer, cohort, project } = await projectInCohortOrThrow(user, cohortId, projectId);
  const rubric: Rubric = rubricSchema.parse(project.rubric);
  const history =
    viewer.kind === "member"
      ? await db.projectSubmission.findMany({
          where: { projectId, userId: user.id, cohortId },
          orderBy: { attempt: "desc" },
          select: submissionSelect,
        })
      : [];
  const brief = await renderMarkdownCached(`project:${project.id}:${project.updatedAt.getTime()}`, project.brief);
  return {
    viewer: viewer.kind,
    cohort,
    project: {
      id: project.id,
      title: project.title,
      briefHtml: brief.html,
      submissionKind: project.submissionKind,
      latePolicy: project.latePolicy,
      required: project.required,
      passMark: project.passMark,
      maxPoints: maxPoints(rubric),
      rubric,
      deadline: projectDeadline(cohort.startsAt, cohort.timeZone, project.deadlineDay),
    },
    history: await withReviewHtml(history),
  };
}

/**
 * The review queue: each learner's latest submission per project that waits for a review, oldest first;
 * `overdue` when it has waited longer than REVIEW_DUE_HOURS, `late` when it came after the deadline.
 */
export async function getReviewQueue(user: CohortUser, cohortId: string, now: Date = new Date()) {
  await staffOfCohortOrThrow(user, cohortId);
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: { id: true, title: true, timeZone: true, course: { select: { title: true } } },
  });
  const waiting = await db.projectSubmission.findMany({
    where: { cohortId, status: "WAITING" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      attempt: true,
      late: true,
      createdAt: true,
      userId: true,
      projectId: true,
      project: { select: { title: true } },
      user: { select: { name: true, email: true } },
    },
  });
  // A resubmission replaces a waiting attempt in the queue: only each learner's latest attempt is listed.
  const latest = await db.projectSubmission.groupBy({
    by: ["userId", "projectId"],
    where: { cohortId },
    _max: { attempt: true },
  });
  const newest = new Map(latest.map((row) => [`${row.userId}:${row.projectId}`, row._max.attempt]));
  const dueMs = REVIEW_DUE_HOURS * 3_600_000;
  return {
    cohort,
    items: waiting
      .filter((s) => newest.get(`${s.userId}:${s.projectId}`) === s.attempt)
      .map((s) => ({
        id: s.id,
        attempt: s.attempt,
        late: s.late,
        submittedAt: s.createdAt,
        overdue: now.getTime() - s.createdAt.getTime() > dueMs,
        projectTitle: s.project.title,
        learner: s.user.name ?? s.user.email,
      })),
  };
}

/** The review screen: the submission, the rubric, the learner's earlier attempts with their reviews. */
export async function getReviewScreen(user: CohortUser, submissionId: string) {
  const { submission, viewer } = await submissionForViewerOrThrow(user, submissionId);
  if (viewer.kind !== "staff") await staffOfCohortOrThrow(user, submission.cohortId);
  const project = await db.courseProject.findUniqueOrThrow({ where: { id: submission.projectId } });
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: submission.cohortId },
    select: { id: true, title: true, startsAt: true, timeZone: true },
  });
  const rows = await db.projectSubmission.findMany({
    where: { projectId: submission.projectId, userId: submission.userId, cohortId: submission.cohortId },
    orderBy: { attempt: "desc" },
    select: { ...submissionSelect, user: { select: { name: true, email: true } } },
  });
  const all = await withReviewHtml(rows);
  const current = all.find((row) => row.id === submissionId)!;
  const rubric = rubricSchema.parse(project.rubric);
  return {
    cohort,
    project: {
      id: project.id,
      title: project.title,
      passMark: project.passMark,
      maxPoints: maxPoints(rubric),
      rubric,
      submissionKind: project.submissionKind,
      deadline: projectDeadline(cohort.startsAt, cohort.timeZone, project.deadlineDay),
    },
    learner: current.user.name ?? current.user.email,
    submission: current,
    previous: all.filter((row) => row.id !== submissionId),
  };
}

/** The uploaded file of a submission, for its author and the cohort's staff. */
export async function submissionFileFor(user: CohortUser, submissionId: string) {
  const { submission } = await submissionForViewerOrThrow(user, submissionId);
  if (!submission.fileKey) return null;
  return {
    key: submission.fileKey,
    name: submission.fileName ?? "submission",
    mime: submission.fileMime ?? "application/octet-stream",
  };
}
