// The analytics of one course, as named SQL statements: the page runs them, and the bench (tests/bench)
// runs the same text under EXPLAIN to check each stays index-backed and fast with 100k learners.
// Published or aggregate data only: read from the replica when one is configured (lib/db/client.ts).
import { replicaDb as db } from "../db/client";

export type AnalyticsQuery = { name: string; sql: string; params: (courseId: string, now: Date) => unknown[] };

const DAY = 86_400_000;

export const ANALYTICS_QUERIES = {
  enrolmentsByWeek: {
    name: "enrolments by week",
    sql: `SELECT date_trunc('week', "createdAt") AS week, count(*)::int AS enrolments FROM "Enrollment" WHERE "courseId" = $1 GROUP BY 1 ORDER BY 1`,
    params: (courseId) => [courseId],
  },
  revenueByWeek: {
    name: "revenue and refunds by week",
    sql: `SELECT date_trunc('week', p."paidAt") AS week, sum(p."amountCents")::int AS gross, sum(p."refundedCents")::int AS refunded, count(*) FILTER (WHERE p."refundedCents" > 0)::int AS refunds
          FROM "Payment" p WHERE p."courseId" = $1 AND p.status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') AND p."paidAt" IS NOT NULL GROUP BY 1 ORDER BY 1`,
    params: (courseId) => [courseId],
  },
  activeLearners: {
    name: "active learners (7 and 30 days)",
    sql: `SELECT count(DISTINCT "userId") FILTER (WHERE "lastViewedAt" >= $3)::int AS week, count(DISTINCT "userId")::int AS month
          FROM "LessonProgress" WHERE "courseId" = $1 AND "lastViewedAt" >= $2`,
    params: (courseId, now) => [courseId, new Date(now.getTime() - 30 * DAY), new Date(now.getTime() - 7 * DAY)],
  },
  lessonFunnel: {
    name: "completion funnel and median minutes per lesson",
    sql: `SELECT "lessonId" AS "lessonId", count(*)::int AS started, count("completedAt")::int AS completed,
                 (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("completedAt" - "firstViewedAt"))) / 60)::float AS "medianMinutes"
          FROM "LessonProgress" WHERE "courseId" = $1 GROUP BY "lessonId"`,
    params: (courseId) => [courseId],
  },
  quizFirstTry: {
    name: "quiz first-try pass rate",
    sql: `SELECT "lessonId" AS "lessonId", count(*)::int AS learners, count(*) FILTER (WHERE passed)::int AS passed FROM (
            SELECT DISTINCT ON (a."lessonId", a."userId") a."lessonId", a.passed FROM "QuizAttempt" a
            WHERE a."lessonId" IN (SELECT id FROM "Lesson" WHERE "courseId" = $1 AND kind = 'QUIZ')
            ORDER BY a."lessonId", a."userId", a."createdAt") first GROUP BY "lessonId"`,
    params: (courseId) => [courseId],
  },
  quizQuestions: {
    name: "quiz questions by share answered correctly",
    sql: `WITH questions AS (
            SELECT q.id, q."lessonId", array_agg(c.id ORDER BY c.id) FILTER (WHERE c.correct) AS correct
            FROM "QuizQuestion" q JOIN "Lesson" l ON l.id = q."lessonId" JOIN "QuizChoice" c ON c."questionId" = q.id
            WHERE l."courseId" = $1 AND l.kind = 'QUIZ' GROUP BY q.id, q."lessonId")
          SELECT q.id AS "questionId", count(a.id)::int AS answered,
                 count(a.id) FILTER (WHERE ARRAY(SELECT jsonb_array_elements_text(a.answers -> q.id) ORDER BY 1) = q.correct)::int AS correct
          FROM questions q JOIN "QuizAttempt" a ON a."lessonId" = q."lessonId" GROUP BY q.id`,
    params: (courseId) => [courseId],
  },
  recentLearners: {
    name: "newest learners with progress",
    sql: `SELECT e."userId" AS "userId", u.name, u.email, e."createdAt" AS "enrolledAt", e.status,
                 (SELECT count(*)::int FROM "LessonProgress" p WHERE p."userId" = e."userId" AND p."courseId" = e."courseId" AND p."completedAt" IS NOT NULL) AS completed
          FROM "Enrollment" e JOIN "User" u ON u.id = e."userId" WHERE e."courseId" = $1 ORDER BY e."createdAt" DESC LIMIT 20`,
    params: (courseId) => [courseId],
  },
} satisfies Record<string, AnalyticsQuery>;

type Rows = {
  enrolmentsByWeek: { week: Date; enrolments: number }[];
  revenueByWeek: { week: Date; gross: number; refunded: number; refunds: number }[];
  activeLearners: { week: number; month: number }[];
  lessonFunnel: { lessonId: string; started: number; completed: number; medianMinutes: number | null }[];
  quizFirstTry: { lessonId: string; learners: number; passed: number }[];
  quizQuestions: { questionId: string; answered: number; correct: number }[];
  recentLearners: {
    userId: string;
    name: string | null;
    email: string;
    enrolledAt: Date;
    status: string;
    completed: number;
  }[];
};

export async function runAnalyticsQuery<K extends keyof typeof ANALYTICS_QUERIES>(
  key: K,
  courseId: string,
  now = new Date(),
): Promise<Rows[K]> {
  const query: AnalyticsQuery = ANALYTICS_QUERIES[key];
  return db.$queryRawUnsafe<Rows[K]>(query.sql, ...query.params(courseId, now));
}
