// Reads the gradebook's rows in five prepared statements (not one per member): 500 members in one view. The
// cohort with its counts and projects; the members; their progress and attendance, aggregated in SQL; the
// cohort's submissions. Prepared (lib/db/prepared.ts): on PGlite, planning the ten Prisma reads this
// was, each time, cost more than running them.
import type { CohortUser } from "../cohorts/staff";
import { projectDeadline } from "../cohorts/cohort-days";
import { PUBLISHED_LESSON_SQL } from "../content/published";
import { preparedQuery, runPrepared } from "../db/prepared";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { staffOfCohortOrThrow } from "./access";
import { NO_SUCH_PROJECT_MESSAGE, ProjectError } from "./errors";
import { buildGradebook } from "./gradebook";

const LIVE = LIVE_ENROLLMENT_STATUSES.map((status) => `'${status}'`).join(", ");

// $1 the cohort, $2 now (ISO): the sessions held are those over by then.
const GRADEBOOK_COHORT = preparedQuery(
  "gradebook_cohort",
  2,
  `
  SELECT h.id, h.title, h."startsAt", h."timeZone", h."courseId", c.title AS "courseTitle",
         (SELECT count(*)::int FROM "Lesson" l WHERE l."courseId" = h."courseId" AND ${PUBLISHED_LESSON_SQL})
           AS "totalLessons",
         (SELECT count(*)::int FROM "CohortSession" s
           WHERE s."cohortId" = h.id AND s."cancelledAt" IS NULL AND s."endsAt" <= $2::timestamptz) AS "sessionsHeld",
         (SELECT coalesce(json_agg(json_build_object('id', p.id, 'title', p.title, 'required', p.required,
                                                     'deadlineDay', p."deadlineDay")
                                   ORDER BY p.position, p."createdAt"), '[]'::json)
            FROM "CourseProject" p WHERE p."courseId" = h."courseId" AND p."archivedAt" IS NULL) AS projects
    FROM "Cohort" h JOIN "Course" c ON c.id = h."courseId"
   WHERE h.id = $1`,
);

// The live members, oldest enrolment first; their progress in the course and attendance in the cohort, each
// grouped by learner in its own statement and matched to the members here. (Joined in one statement, the
// planner, with no statistics on PGlite, grouped the progress again for every member: seconds.)
const GRADEBOOK_MEMBERS = preparedQuery(
  "gradebook_members",
  1,
  `
  SELECT u.id, u.name, u.email, e."createdAt" AS "joinedAt"
    FROM "Enrollment" e JOIN "User" u ON u.id = e."userId"
   WHERE e."cohortId" = $1 AND e.status::text IN (${LIVE})
   ORDER BY e."createdAt" ASC, e.id ASC`,
);

const GRADEBOOK_PROGRESS = preparedQuery(
  "gradebook_progress",
  1,
  `
  SELECT lp."userId", count(lp."completedAt")::int AS done, max(lp."lastViewedAt") AS "lastViewedAt",
         max(lp."completedAt") AS "lastCompletedAt"
    FROM "LessonProgress" lp
   WHERE lp."courseId" = $1
   GROUP BY lp."userId"`,
);

const GRADEBOOK_ATTENDANCE = preparedQuery(
  "gradebook_attendance",
  1,
  `
  SELECT ca."userId", count(*)::int AS attended, max(ca."firstJoinAt") AS "lastJoinAt"
    FROM "CohortAttendance" ca JOIN "CohortSession" cs ON cs.id = ca."sessionId"
   WHERE cs."cohortId" = $1 AND ca.present
   GROUP BY ca."userId"`,
);

const GRADEBOOK_SUBMISSIONS = preparedQuery(
  "gradebook_submissions",
  1,
  `
  SELECT s."userId", s."projectId", s.attempt, s.status::text AS status, s."createdAt"
    FROM "ProjectSubmission" s WHERE s."cohortId" = $1`,
);

type CohortRow = {
  id: string;
  title: string;
  startsAt: Date | string;
  timeZone: string;
  courseId: string;
  courseTitle: string;
  totalLessons: number;
  sessionsHeld: number;
  projects: string | Array<{ id: string; title: string; required: boolean; deadlineDay: number }>;
};
type MemberRow = { id: string; name: string | null; email: string; joinedAt: Date | string };
type ProgressRow = {
  userId: string;
  done: number;
  lastViewedAt: Date | string | null;
  lastCompletedAt: Date | string | null;
};
type AttendanceRow = { userId: string; attended: number; lastJoinAt: Date | string | null };
type SubmissionRow = { userId: string; projectId: string; attempt: number; status: string; createdAt: Date | string };

const dateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value));

export async function getGradebook(user: CohortUser, cohortId: string, now: Date = new Date()) {
  await staffOfCohortOrThrow(user, cohortId);
  const [head] = await runPrepared<CohortRow>(GRADEBOOK_COHORT, [cohortId, now.toISOString()]);
  if (!head) throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
  const members = await runPrepared<MemberRow>(GRADEBOOK_MEMBERS, [cohortId]);
  const progress = await runPrepared<ProgressRow>(GRADEBOOK_PROGRESS, [head.courseId]);
  const attendance = await runPrepared<AttendanceRow>(GRADEBOOK_ATTENDANCE, [cohortId]);
  const submissions = await runPrepared<SubmissionRow>(GRADEBOOK_SUBMISSIONS, [cohortId]);
  const cohort = {
    id: head.id,
    title: head.title,
    startsAt: new Date(head.startsAt),
    timeZone: head.timeZone,
    courseId: head.courseId,
    course: { title: head.courseTitle },
  };
  const projects = typeof head.projects === "string" ? (JSON.parse(head.projects) as []) : head.projects;
  const withDeadlines = projects.map((p: { id: string; title: string; required: boolean; deadlineDay: number }) => ({
    id: p.id,
    title: p.title,
    required: p.required,
    deadline: projectDeadline(cohort.startsAt, cohort.timeZone, p.deadlineDay),
  }));
  const latestOf = (...dates: Array<Date | null>) =>
    dates.filter((d): d is Date => d instanceof Date).sort((a, b) => b.getTime() - a.getTime())[0];
  const rows = buildGradebook({
    now,
    members: members.map((m) => ({ id: m.id, name: m.name, email: m.email, joinedAt: new Date(m.joinedAt) })),
    totalLessons: Number(head.totalLessons),
    lessonsDone: new Map(progress.map((p) => [p.userId, Number(p.done)])),
    lastLessonActivity: new Map(
      progress.flatMap((p) => {
        const last = latestOf(dateOrNull(p.lastViewedAt), dateOrNull(p.lastCompletedAt));
        return last ? [[p.userId, last] as const] : [];
      }),
    ),
    attended: new Map(attendance.map((a) => [a.userId, Number(a.attended)])),
    lastAttendance: new Map(
      attendance.flatMap((a) => (a.lastJoinAt === null ? [] : [[a.userId, new Date(a.lastJoinAt)] as const])),
    ),
    projects: withDeadlines,
    submissions: submissions.map((s) => ({ ...s, createdAt: new Date(s.createdAt) })),
  });
  return {
    cohort,
    projects: withDeadlines,
    sessionsHeld: Number(head.sessionsHeld),
    totalLessons: Number(head.totalLessons),
    rows,
  };
}
