// Reads for the project pages: a member's projects and history, the staff's review queue and review screen.
import type { CohortUser } from "../cohorts/staff";
import { db } from "../db/client";
import { preparedQuery, runKeptPrepared } from "../db/prepared";
import { COHORT_VIEW_ROWS } from "../cohorts/kept-views";
import { renderMarkdownCached, renderMarkdown } from "../content/render-markdown";
import { NO_SUCH_PROJECT_MESSAGE, ProjectError } from "./errors";
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

// The cohort home's project list in one prepared statement (lib/db/prepared.ts): the course's projects with
// the member's latest attempt's state ($1 '' for staff, who have none).
const COHORT_PROJECTS = preparedQuery(
  "cohort_projects",
  2,
  `
  SELECT p.id, p.title, p."deadlineDay", p.required, h."startsAt", h."timeZone",
         (SELECT s.status::text FROM "ProjectSubmission" s
           WHERE s."projectId" = p.id AND s."userId" = $1 AND s."cohortId" = h.id
           ORDER BY s.attempt DESC LIMIT 1) AS status
    FROM "Cohort" h JOIN "CourseProject" p ON p."courseId" = h."courseId" AND p."archivedAt" IS NULL
   WHERE h.id = $2
   ORDER BY p.position ASC, p."createdAt" ASC`,
);

/** The cohort's projects with their deadlines and this member's latest state (the cohort home's list). */
export async function cohortProjectsFor(userId: string, cohortId: string) {
  const projects = await runKeptPrepared<{
    id: string;
    title: string;
    deadlineDay: number;
    required: boolean;
    startsAt: Date | string;
    timeZone: string;
    status: Exclude<ProjectState, "not-submitted"> | null;
  }>(COHORT_VIEW_ROWS, COHORT_PROJECTS, [userId, cohortId]);
  return projects.map((p) => ({
    id: p.id,
    title: p.title,
    required: p.required,
    deadline: projectDeadline(new Date(p.startsAt), p.timeZone, p.deadlineDay),
    state: (p.status ?? "not-submitted") as ProjectState,
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
      reviewCall: project.reviewCall,
      passMark: project.passMark,
      maxPoints: maxPoints(rubric),
      rubric,
      deadline: projectDeadline(cohort.startsAt, cohort.timeZone, project.deadlineDay),
    },
    history: await withReviewHtml(history),
  };
}

/** The queue lists this many a page, oldest first; "Next page" lists the following ones. */
export const REVIEW_QUEUE_PAGE = 50;

// The review queue in one prepared statement (lib/db/prepared.ts): of the cohort's waiting submissions, those
// that are their learner's latest attempt at the project (a resubmission replaces a waiting attempt), found by
// the (cohortId, status, createdAt) index and a check for a newer attempt (only a second or later attempt can be
// one: saying so lets the planner hash those alone, ~15 % of the statement on the bench seed); counted (all of
// them, and those up to the page's cursor) and the REVIEW_QUEUE_PAGE after the cursor ($2, a submission id; ''
// or an unknown id starts at the oldest) with the project's title and the learner's name, only the columns the
// page shows.
const REVIEW_QUEUE = preparedQuery(
  "project_review_queue_page",
  2,
  `
  WITH waiting AS (
    SELECT s.id, s."projectId", s."userId", s.attempt, s.late, s."createdAt"
      FROM "ProjectSubmission" s
      JOIN "CourseProject" ap ON ap.id = s."projectId" AND ap."archivedAt" IS NULL
     WHERE s."cohortId" = $1 AND s.status = 'WAITING'
       AND NOT EXISTS (SELECT 1 FROM "ProjectSubmission" n
                        WHERE n."projectId" = s."projectId" AND n."userId" = s."userId"
                          AND n."cohortId" = s."cohortId" AND n.attempt > s.attempt AND n.attempt > 1)),
  cursor AS (SELECT c."createdAt", c.id FROM "ProjectSubmission" c WHERE c.id = $2 AND c."cohortId" = $1)
  SELECT h.id, h.title, h."timeZone", c.title AS "courseTitle",
         (SELECT count(*)::int FROM waiting) AS waiting,
         (SELECT count(*)::int FROM waiting w, cursor k WHERE (w."createdAt", w.id) <= (k."createdAt", k.id)) AS before,
         (SELECT coalesce(json_agg(q ORDER BY q."createdAt", q.id), '[]'::json)
            FROM (SELECT w.id, w.attempt, w.late, w."createdAt", p.title AS "projectTitle",
                         coalesce(u.name, u.email) AS learner
                    FROM (SELECT * FROM waiting w
                           WHERE NOT EXISTS (SELECT 1 FROM cursor)
                              OR (w."createdAt", w.id) > (SELECT k."createdAt", k.id FROM cursor k)
                           ORDER BY w."createdAt", w.id LIMIT ${REVIEW_QUEUE_PAGE}) w
                    JOIN "CourseProject" p ON p.id = w."projectId"
                    JOIN "User" u ON u.id = w."userId") q) AS items
    FROM "Cohort" h JOIN "Course" c ON c.id = h."courseId"
   WHERE h.id = $1`,
);

type QueueRow = {
  id: string;
  title: string;
  timeZone: string;
  courseTitle: string;
  waiting: number;
  before: number;
  items:
    | string
    | Array<{ id: string; attempt: number; late: boolean; createdAt: string; projectTitle: string; learner: string }>;
};

/**
 * A page of the review queue: each learner's latest submission per project that waits for a review, oldest
 * first, REVIEW_QUEUE_PAGE after the submission `after` (from the start without it); how many wait in all, how
 * many come before this page, and the cursor of the next page (null on the last). `overdue` when it has waited
 * longer than REVIEW_DUE_HOURS, `late` when it came after the deadline. No access check: the caller makes it
 * (lib/cohort-views/review-queue-answer.ts).
 */
export async function reviewQueuePage(cohortId: string, now: Date, after: string | null) {
  const [row] = await runKeptPrepared<QueueRow>(COHORT_VIEW_ROWS, REVIEW_QUEUE, [cohortId, after ?? ""]);
  if (!row) throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
  const items =
    typeof row.items === "string" ? (JSON.parse(row.items) as Exclude<QueueRow["items"], string>) : row.items;
  const dueMs = REVIEW_DUE_HOURS * 3_600_000;
  const waiting = Number(row.waiting);
  const before = Number(row.before);
  const last = items.at(-1);
  return {
    cohort: { id: row.id, title: row.title, timeZone: row.timeZone, course: { title: row.courseTitle } },
    waiting,
    /** How many waiting submissions come before this page (0 on the first). */
    before,
    nextAfter: last && before + items.length < waiting ? last.id : null,
    items: items.map((s) => {
      const submittedAt = new Date(s.createdAt);
      return {
        id: s.id,
        attempt: s.attempt,
        late: s.late,
        submittedAt,
        overdue: now.getTime() - submittedAt.getTime() > dueMs,
        projectTitle: s.projectTitle,
        learner: s.learner,
      };
    }),
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
