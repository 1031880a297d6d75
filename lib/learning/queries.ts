import { db } from "../db/client";
import { preparedQuery, runPrepared } from "../db/prepared";
import type { EnrollmentStatus } from "../db/generated/enums";
import { weeklyStreak } from "./streak";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { PUBLISHED_LESSON, PUBLISHED_MODULE } from "../content/published";

export type LearnerCourseState = {
  enrollment: { status: EnrollmentStatus; lastLessonId: string | null; cohortId: string | null } | null;
  completedLessonIds: Set<string>;
  certificateId: string | null;
  waitlistedCohortIds: Set<string>;
  /** A payment for this course the bank has yet to confirm (an asynchronous method such as a debit). */
  paymentProcessing: boolean;
  /** The learner's cohort (a cohort course): its drip release dates count from its start in its zone. */
  cohort?: { startsAt: Date; timeZone: string } | null;
};

export const EMPTY_LEARNER_STATE: LearnerCourseState = {
  enrollment: null,
  completedLessonIds: new Set(),
  certificateId: null,
  waitlistedCohortIds: new Set(),
  paymentProcessing: false,
  cohort: null,
};

export type LessonViewRecord = {
  course: LearnerCourseState;
  videoSeconds: number;
  lastAttempt: { score: number; passed: boolean } | null;
  /** The learner's last submitted exercise answer, and how many quiz attempts they made. */
  lastAnswer: string | null;
  /** The language of `lastAnswer` for an exercise offered in several languages. */
  lastLanguage: string | null;
  quizAttempts: number;
};

type LessonViewRow = {
  enrollment: { status: EnrollmentStatus; lastLessonId: string | null; cohortId: string | null } | null;
  cohort: { startsAt: string; timeZone: string } | null;
  completed: string[];
  certificate_id: string | null;
  waitlisted: string[];
  payment_processing: boolean;
  video_seconds: number | null;
  last_attempt: { score: number; passed: boolean } | null;
  last_answer: string | null;
  last_language: string | null;
  quiz_attempts: number;
};

const LESSON_VIEW = preparedQuery(
  "lesson_view",
  3,
  `SELECT
      (SELECT json_build_object('status', e."status"::text, 'lastLessonId', e."lastLessonId", 'cohortId', e."cohortId")
         FROM "Enrollment" e WHERE e."userId" = $1 AND e."courseId" = $2) AS enrollment,
      (SELECT json_build_object('startsAt', h."startsAt", 'timeZone', h."timeZone")
         FROM "Enrollment" e JOIN "Cohort" h ON h."id" = e."cohortId" WHERE e."userId" = $1 AND e."courseId" = $2) AS cohort,
      (SELECT coalesce(json_agg(p."lessonId"), '[]'::json)
         FROM "LessonProgress" p WHERE p."userId" = $1 AND p."courseId" = $2 AND p."completedAt" IS NOT NULL) AS completed,
      (SELECT c."id" FROM "Certificate" c WHERE c."userId" = $1 AND c."courseId" = $2) AS certificate_id,
      (SELECT coalesce(json_agg(w."cohortId"), '[]'::json)
         FROM "WaitlistEntry" w JOIN "Cohort" h ON h."id" = w."cohortId" WHERE w."userId" = $1 AND h."courseId" = $2) AS waitlisted,
      EXISTS (SELECT 1 FROM "Payment" y WHERE y."userId" = $1 AND y."courseId" = $2 AND y."status" = 'PROCESSING') AS payment_processing,
      (SELECT p."videoSeconds" FROM "LessonProgress" p WHERE p."userId" = $1 AND p."lessonId" = $3) AS video_seconds,
      (SELECT p."lastAnswer" FROM "LessonProgress" p WHERE p."userId" = $1 AND p."lessonId" = $3) AS last_answer,
      (SELECT p."lastLanguage" FROM "LessonProgress" p WHERE p."userId" = $1 AND p."lessonId" = $3) AS last_language,
      (SELECT count(*)::int FROM "QuizAttempt" a WHERE a."userId" = $1 AND a."lessonId" = $3) AS quiz_attempts,
      (SELECT json_build_object('score', a."score", 'passed', a."passed") FROM "QuizAttempt" a
         WHERE a."userId" = $1 AND a."lessonId" = $3 ORDER BY a."createdAt" DESC, a."id" DESC LIMIT 1) AS last_attempt`,
);

/**
 * Everything a signed-in course or lesson view needs, in one statement (it runs on every such view, and one
 * round trip costs a fraction of the six Prisma would make): the learner's state in the course, and the
 * lesson's saved video position, last answer and quiz attempts (none without a lesson).
 */
export async function getLessonViewRecord(
  userId: string,
  courseId: string,
  lessonId: string | null,
): Promise<LessonViewRecord> {
  const [row] = await runPrepared<LessonViewRow>(LESSON_VIEW, [userId, courseId, lessonId]);
  const {
    enrollment,
    cohort,
    completed,
    certificate_id,
    waitlisted,
    payment_processing,
    video_seconds,
    last_attempt,
    last_answer,
    last_language,
    quiz_attempts,
  } = row!;
  return {
    course: {
      enrollment,
      completedLessonIds: new Set(completed),
      certificateId: certificate_id,
      waitlistedCohortIds: new Set(waitlisted),
      paymentProcessing: Boolean(payment_processing),
      cohort: cohort ? { startsAt: new Date(cohort.startsAt), timeZone: cohort.timeZone } : null,
    },
    videoSeconds: video_seconds ?? 0,
    lastAttempt: last_attempt,
    lastAnswer: last_answer,
    lastLanguage: last_language,
    quizAttempts: Number(quiz_attempts ?? 0),
  };
}

export async function getCertificateOrNull(id: string) {
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return null;
  return db.certificate.findUnique({
    where: { id },
    select: {
      id: true,
      recipientName: true,
      courseTitle: true,
      instructorName: true,
      issuedAt: true,
      course: {
        select: {
          slug: true,
          status: true,
          // A cohort course's certificate also says its required projects passed.
          _count: { select: { projects: { where: { required: true, archivedAt: null } } } },
        },
      },
    },
  });
}

export type DashboardCourse = {
  slug: string;
  title: string;
  status: EnrollmentStatus;
  percent: number;
  completed: number;
  total: number;
  next: { slug: string; title: string } | null;
  certificateId: string | null;
  enrolledAt: Date;
};

const ACTIVITY_WEEKS = 60;

/** The learner dashboard: every enrolment with its progress, recent activity and the weekly streak. */
export async function getDashboard(userId: string, timeZone: string, now = new Date()) {
  const since = new Date(now.getTime() - ACTIVITY_WEEKS * 7 * 86_400_000);
  const [enrollments, progress, certificates, attempts] = await Promise.all([
    db.enrollment.findMany({
      where: { userId, status: { in: [...LIVE_ENROLLMENT_STATUSES] } },
      orderBy: { createdAt: "desc" },
      select: {
        status: true,
        lastLessonId: true,
        createdAt: true,
        course: {
          select: {
            id: true,
            slug: true,
            title: true,
            modules: {
              where: PUBLISHED_MODULE,
              orderBy: { position: "asc" },
              select: {
                lessons: {
                  where: PUBLISHED_LESSON,
                  orderBy: { position: "asc" },
                  select: { id: true, slug: true, title: true },
                },
              },
            },
          },
        },
      },
    }),
    db.lessonProgress.findMany({
      where: { userId, lastViewedAt: { gte: since } },
      orderBy: { lastViewedAt: "desc" },
      select: {
        courseId: true,
        lessonId: true,
        completedAt: true,
        lastViewedAt: true,
        lesson: { select: { slug: true, title: true, course: { select: { slug: true, title: true } } } },
      },
    }),
    db.certificate.findMany({
      where: { userId },
      orderBy: { issuedAt: "desc" },
      select: { id: true, courseId: true, courseTitle: true, issuedAt: true },
    }),
    db.quizAttempt.findMany({ where: { userId, createdAt: { gte: since } }, select: { createdAt: true } }),
  ]);
  // Older completions matter for percentages even if not viewed recently.
  const completedRows = await db.lessonProgress.findMany({
    where: { userId, completedAt: { not: null } },
    select: { lessonId: true },
  });
  return {
    now,
    enrollments,
    progress,
    certificates,
    completedIds: new Set(completedRows.map((r) => r.lessonId)),
    streak: weeklyStreak(
      [
        ...progress.map((p) => p.lastViewedAt),
        ...progress.flatMap((p) => (p.completedAt ? [p.completedAt] : [])),
        ...attempts.map((a) => a.createdAt),
      ],
      now,
      timeZone,
    ),
  };
}
