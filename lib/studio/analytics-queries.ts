// The analytics of one course, as named SQL statements. ANALYTICS_QUERIES is what the page runs: it reads
// the rollup tables that database triggers keep in step with every write (migration
// 20261201122931_analytics_rollups). ANALYTICS_REFERENCE is the same figures computed from scratch from the
// raw rows; an integration test holds the two equal, and the bench (tests/bench) times both under EXPLAIN.
// Weeks are Mondays in UTC; time per lesson is in whole seconds from first view to completion.
// Aggregate data only: read from the replica when one is configured (lib/db/client.ts).
import { replicaDb as db } from "../db/client";

export type AnalyticsQuery = { name: string; sql: string; params: (courseId: string, now: Date) => unknown[] };

const DAY = 86_400_000;
const byCourse = (courseId: string) => [courseId];
const activeWindows = (courseId: string, now: Date) => [
  courseId,
  new Date(now.getTime() - 30 * DAY),
  new Date(now.getTime() - 7 * DAY),
];

export const ANALYTICS_QUERIES = {
  enrolmentsByWeek: {
    name: "enrolments by week",
    sql: `SELECT to_char(week, 'YYYY-MM-DD') AS week, enrolments FROM "CourseWeekStat"
          WHERE "courseId" = $1 AND enrolments > 0 ORDER BY "courseId", week`,
    params: byCourse,
  },
  revenueByWeek: {
    name: "revenue and refunds by week",
    sql: `SELECT to_char(week, 'YYYY-MM-DD') AS week, "grossCents"::float8 AS gross, "refundedCents"::float8 AS refunded, refunds
          FROM "CourseWeekStat" WHERE "courseId" = $1 AND payments > 0 ORDER BY "courseId", week`,
    params: byCourse,
  },
  activeLearners: {
    name: "active learners (7 and 30 days)",
    sql: `SELECT count(*) FILTER (WHERE "lastActiveAt" >= $3)::int AS week, count(*)::int AS month
          FROM "CourseLearnerActivity" WHERE "courseId" = $1 AND "lastActiveAt" >= $2`,
    params: activeWindows,
  },
  lessonFunnel: {
    name: "completion funnel and median seconds per lesson",
    // The median from the duration histogram: the one or two values at the middle rank(s), averaged, which
    // is what percentile_cont(0.5) gives over the raw rows.
    sql: `SELECT s."lessonId" AS "lessonId", s.started, s.completed, m."medianSeconds"
          FROM "LessonStat" s
          LEFT JOIN LATERAL (
            SELECT avg(h.seconds)::float8 AS "medianSeconds" FROM (
              SELECT d.seconds, d.learners, sum(d.learners) OVER (ORDER BY d.seconds) AS upto
              FROM "LessonDurationStat" d WHERE d."lessonId" = s."lessonId" AND d.learners > 0) h
            WHERE h.upto > floor((s.completed - 1) / 2.0) AND h.upto - h.learners <= ceil((s.completed - 1) / 2.0)
          ) m ON s.completed > 0
          WHERE s."courseId" = $1 AND s.started > 0`,
    params: byCourse,
  },
  quizFirstTry: {
    name: "quiz first-try pass rate",
    sql: `SELECT "lessonId" AS "lessonId", "quizLearners" AS learners, "quizFirstPassed" AS passed
          FROM "LessonStat" WHERE "courseId" = $1 AND "quizLearners" > 0`,
    params: byCourse,
  },
  exerciseFirstTry: {
    name: "exercise first-try pass rate",
    sql: `SELECT "lessonId" AS "lessonId", "exerciseLearners" AS learners, "exerciseFirstPassed" AS passed
          FROM "LessonStat" WHERE "courseId" = $1 AND "exerciseLearners" > 0`,
    params: byCourse,
  },
  quizQuestions: {
    name: "quiz questions by share answered correctly",
    sql: `SELECT q.id AS "questionId", s."quizAttempts" AS answered, coalesce(qs.correct, 0) AS correct
          FROM "LessonStat" s
          JOIN "QuizQuestion" q ON q."lessonId" = s."lessonId"
          LEFT JOIN "QuizQuestionStat" qs ON qs."questionId" = q.id
          WHERE s."courseId" = $1 AND s."quizAttempts" > 0
            AND EXISTS (SELECT 1 FROM "QuizChoice" c WHERE c."questionId" = q.id)`,
    params: byCourse,
  },
  recentLearners: {
    name: "newest learners with progress",
    sql: `SELECT e."userId" AS "userId", u.name, u.email, e."createdAt" AS "enrolledAt", e.status,
                 (SELECT count(*)::int FROM "LessonProgress" p WHERE p."userId" = e."userId" AND p."courseId" = e."courseId" AND p."completedAt" IS NOT NULL) AS completed
          FROM "Enrollment" e JOIN "User" u ON u.id = e."userId" WHERE e."courseId" = $1 ORDER BY e."createdAt" DESC LIMIT 20`,
    params: byCourse,
  },
  firstAnswer: {
    name: "lesson questions answered, and the median time to a first answer",
    // Questions under lessons only (a cohort board's threads are conversations); deleted or hidden ones left out.
    // An answer by the asker does not count (lib/discussions sets firstAnsweredAt for others' answers only).
    sql: `SELECT count(*)::int AS questions, count("firstAnsweredAt")::int AS answered,
                 (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "firstAnsweredAt" - "createdAt")))::float8 AS "medianSeconds"
          FROM "QaPost" WHERE "courseId" = $1 AND "questionId" IS NULL AND "lessonId" IS NOT NULL
            AND "deletedAt" IS NULL AND "hiddenAt" IS NULL`,
    params: byCourse,
  },
} satisfies Record<string, AnalyticsQuery>;

export type AnalyticsKey = keyof typeof ANALYTICS_QUERIES;

/** The same figures from the raw rows (what the page ran before the rollups; too slow at scale). */
export const ANALYTICS_REFERENCE: Record<AnalyticsKey, AnalyticsQuery> = {
  enrolmentsByWeek: {
    name: "enrolments by week",
    sql: `SELECT to_char(academy_week("createdAt"), 'YYYY-MM-DD') AS week, count(*)::int AS enrolments
          FROM "Enrollment" WHERE "courseId" = $1 GROUP BY 1 ORDER BY 1`,
    params: byCourse,
  },
  revenueByWeek: {
    name: "revenue and refunds by week",
    sql: `SELECT to_char(academy_week(p."paidAt"), 'YYYY-MM-DD') AS week, sum(p."amountCents")::float8 AS gross,
                 sum(p."refundedCents")::float8 AS refunded, count(*) FILTER (WHERE p."refundedCents" > 0)::int AS refunds
          FROM "Payment" p WHERE p."courseId" = $1 AND p.status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') AND p."paidAt" IS NOT NULL
          GROUP BY 1 ORDER BY 1`,
    params: byCourse,
  },
  activeLearners: {
    name: "active learners (7 and 30 days)",
    sql: `SELECT count(DISTINCT "userId") FILTER (WHERE "lastViewedAt" >= $3)::int AS week, count(DISTINCT "userId")::int AS month
          FROM "LessonProgress" WHERE "courseId" = $1 AND "lastViewedAt" >= $2`,
    params: activeWindows,
  },
  lessonFunnel: {
    name: "completion funnel and median seconds per lesson",
    sql: `SELECT "lessonId" AS "lessonId", count(*)::int AS started, count("completedAt")::int AS completed,
                 (percentile_cont(0.5) WITHIN GROUP (ORDER BY academy_lesson_seconds("firstViewedAt", "completedAt")))::float8 AS "medianSeconds"
          FROM "LessonProgress" WHERE "courseId" = $1 GROUP BY "lessonId"`,
    params: byCourse,
  },
  quizFirstTry: {
    name: "quiz first-try pass rate",
    sql: `SELECT "lessonId" AS "lessonId", count(*)::int AS learners, count(*) FILTER (WHERE passed)::int AS passed FROM (
            SELECT DISTINCT ON (a."lessonId", a."userId") a."lessonId", a.passed FROM "QuizAttempt" a
            WHERE a."lessonId" IN (SELECT id FROM "Lesson" WHERE "courseId" = $1)
            ORDER BY a."lessonId", a."userId", a."createdAt", a.id) first GROUP BY "lessonId"`,
    params: byCourse,
  },
  exerciseFirstTry: {
    name: "exercise first-try pass rate",
    sql: `SELECT "lessonId" AS "lessonId", count(*)::int AS learners, count(*) FILTER (WHERE passed)::int AS passed
          FROM "ExerciseAttempt" WHERE "lessonId" IN (SELECT id FROM "Lesson" WHERE "courseId" = $1) AND "attemptNo" = 1
          GROUP BY "lessonId"`,
    params: byCourse,
  },
  quizQuestions: {
    name: "quiz questions by share answered correctly",
    sql: `WITH questions AS (
            SELECT q.id, q."lessonId", array_agg(c.id ORDER BY c.id) FILTER (WHERE c.correct) AS correct
            FROM "QuizQuestion" q JOIN "Lesson" l ON l.id = q."lessonId" JOIN "QuizChoice" c ON c."questionId" = q.id
            WHERE l."courseId" = $1 GROUP BY q.id, q."lessonId")
          SELECT q.id AS "questionId", count(a.id)::int AS answered,
                 count(a.id) FILTER (WHERE ARRAY(SELECT jsonb_array_elements_text(a.answers -> q.id) ORDER BY 1) = q.correct)::int AS correct
          FROM questions q JOIN "QuizAttempt" a ON a."lessonId" = q."lessonId" GROUP BY q.id`,
    params: byCourse,
  },
  recentLearners: ANALYTICS_QUERIES.recentLearners,
  // Already read from the raw rows (an index on courseId, questionId, firstAnsweredAt covers it).
  firstAnswer: ANALYTICS_QUERIES.firstAnswer,
};

export type AnalyticsRows = {
  enrolmentsByWeek: { week: string; enrolments: number }[];
  revenueByWeek: { week: string; gross: number; refunded: number; refunds: number }[];
  activeLearners: { week: number; month: number }[];
  lessonFunnel: { lessonId: string; started: number; completed: number; medianSeconds: number | null }[];
  quizFirstTry: { lessonId: string; learners: number; passed: number }[];
  exerciseFirstTry: { lessonId: string; learners: number; passed: number }[];
  quizQuestions: { questionId: string; answered: number; correct: number }[];
  firstAnswer: { questions: number; answered: number; medianSeconds: number | null }[];
  recentLearners: {
    userId: string;
    name: string | null;
    email: string;
    enrolledAt: Date;
    status: string;
    completed: number;
  }[];
};

export async function runAnalyticsQuery<K extends AnalyticsKey>(
  key: K,
  courseId: string,
  now = new Date(),
  source: "rollup" | "reference" = "rollup",
): Promise<AnalyticsRows[K]> {
  const query: AnalyticsQuery = (source === "rollup" ? ANALYTICS_QUERIES : ANALYTICS_REFERENCE)[key];
  return db.$queryRawUnsafe<AnalyticsRows[K]>(query.sql, ...query.params(courseId, now));
}
