// Analytics at scale: 100k learners in one course (plus a second course as noise), then every studio
// analytics query (lib/studio/analytics-queries.ts, the same SQL the page runs, over the rollup tables) timed
// and EXPLAINed against the 100 ms budget, next to the from-scratch reference queries it replaced (shown for
// comparison, not budgeted); the two must give the same rows.
// PostgreSQL when BENCH_DATABASE_URL names a local server (a scratch database is made and dropped), else
// in-memory PGlite. Run alone: `npx tsx --import ./scripts/server-only/register.mjs tests/bench/studio-analytics.ts`; `npm run bench` runs it last.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openPglite } from "../../lib/db/connection";
import { deployMigrations } from "../../lib/db/migrations/deploy";
import { readMigrations } from "../../lib/db/migrations/files";
import { pgliteRunner, pgRunner, type SqlRunner } from "../../lib/db/migrations/sql-runner";
import {
  ANALYTICS_QUERIES,
  ANALYTICS_REFERENCE,
  type AnalyticsKey,
  type AnalyticsQuery,
} from "../../lib/studio/analytics-queries";

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100_000);
const LESSONS = 10;
const QUIZ_LESSON = 4;
const EXERCISE_LESSON = 7;
const NOISE_COURSES = 300;
const QUESTIONS = 5;
const BUDGET_MS = 100;
const BIG_TABLES = [
  "Enrollment",
  "LessonProgress",
  "QuizAttempt",
  "ExerciseAttempt",
  "Payment",
  "User",
  "CourseLearnerActivity",
];

async function openDatabase(): Promise<{ db: SqlRunner; kind: string; drop: () => Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server) {
    const pglite = await openPglite();
    const db = pgliteRunner(pglite);
    await deployMigrations(db, readMigrations());
    return { db, kind: "PGlite (in memory)", drop: () => db.close() };
  }
  if (!["127.0.0.1", "localhost", "::1"].includes(new URL(server).hostname))
    throw new Error("BENCH_DATABASE_URL must be a local server: the bench creates and drops a database.");
  const name = `ba_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const db = pgRunner(client);
  await deployMigrations(db, readMigrations());
  return {
    db,
    kind: "PostgreSQL",
    drop: async () => {
      await db.close();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * Everything generated inside the database with generate_series. The rollup triggers are switched off for
 * the bulk load (row by row they would add minutes) and the rollups then computed from scratch by
 * academy_analytics_rebuild(), the function the migration uses; the integration test
 * tests/integration/studio/analytics-rollups.test.ts holds triggers and rebuild to the same figures.
 */
async function generate(db: SqlRunner) {
  const lessonIds = Array.from({ length: LESSONS }, (_, i) => `bench-l${i + 1}`);
  await db.exec(`
    SET session_replication_role = replica;
    INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ('bench-teacher', 'bench-teacher@example.test', 'Teacher', 'INSTRUCTOR', now());
    INSERT INTO "Course" (id, slug, title, summary, description, topic, level, status, outcomes, "instructorId", "updatedAt")
      VALUES ('bench-course', 'bench-course', 'Bench course', 'A course for the bench.', '', 'DATABASES', 'BEGINNER', 'PUBLISHED', ARRAY['x'], 'bench-teacher', now()),
             ('bench-noise', 'bench-noise', 'Noise course', 'Another course.', '', 'APIS', 'BEGINNER', 'PUBLISHED', ARRAY['x'], 'bench-teacher', now());
    INSERT INTO "Module" (id, "courseId", slug, title, position, "updatedAt") VALUES ('bench-m1', 'bench-course', 'm1', 'Module', 1, now()), ('bench-m2', 'bench-noise', 'm1', 'Module', 1, now());
    INSERT INTO "Lesson" (id, "courseId", "moduleId", slug, title, kind, body, position, "updatedAt")
      SELECT 'bench-l' || g, 'bench-course', 'bench-m1', 'l' || g, 'Lesson ' || g, (CASE WHEN g = ${QUIZ_LESSON} THEN 'QUIZ' WHEN g = ${EXERCISE_LESSON} THEN 'CODE_EXERCISE' ELSE 'ARTICLE' END)::"LessonKind", '', g, now() FROM generate_series(1, ${LESSONS}) g;
    INSERT INTO "Lesson" (id, "courseId", "moduleId", slug, title, kind, body, position, "updatedAt")
      SELECT 'bench-n' || g, 'bench-noise', 'bench-m2', 'n' || g, 'Noise ' || g, 'ARTICLE', '', g, now() FROM generate_series(1, 3) g;
    INSERT INTO "QuizQuestion" (id, "lessonId", prompt, position) SELECT 'bench-q' || g, 'bench-l${QUIZ_LESSON}', 'Question ' || g, g FROM generate_series(1, ${QUESTIONS}) g;
    INSERT INTO "QuizChoice" (id, "questionId", text, correct, position) SELECT 'bench-q' || q || 'c' || c, 'bench-q' || q, 'Choice ' || c, c = 1, c FROM generate_series(1, ${QUESTIONS}) q, generate_series(1, 4) c;
    INSERT INTO "User" (id, email, name, "updatedAt", "createdAt") SELECT 'bench-u' || g, 'bench-' || g || '@example.test', 'Learner ' || g, now(), now() FROM generate_series(1, ${LEARNERS}) g;
    INSERT INTO "Enrollment" (id, "userId", "courseId", status, "createdAt")
      SELECT 'bench-e' || g, 'bench-u' || g, 'bench-course', (CASE WHEN g % 11 = 10 THEN 'COMPLETED' ELSE 'ACTIVE' END)::"EnrollmentStatus", now() - (g % 365) * interval '1 day' FROM generate_series(1, ${LEARNERS}) g;
    INSERT INTO "Enrollment" (id, "userId", "courseId", "createdAt") SELECT 'bench-f' || g, 'bench-u' || g, 'bench-noise', now() - (g % 200) * interval '1 day' FROM generate_series(1, ${LEARNERS / 2}) g;
    -- Learner g reaches lesson (g % 11): a funnel that loses people lesson by lesson.
    INSERT INTO "LessonProgress" (id, "userId", "courseId", "lessonId", "firstViewedAt", "lastViewedAt", "completedAt")
      SELECT 'bench-p' || g || '-' || l, 'bench-u' || g, 'bench-course', 'bench-l' || l, now() - (g % 365) * interval '1 day', now() - (g % 60) * interval '1 day',
             CASE WHEN l < g % 11 OR g % 11 = 10 THEN now() - (g % 365) * interval '1 day' + (5 + g % 40) * interval '1 minute' END
      FROM generate_series(1, ${LEARNERS}) g, generate_series(1, ${LESSONS}) l WHERE l <= g % 11;
    INSERT INTO "LessonProgress" (id, "userId", "courseId", "lessonId", "lastViewedAt", "completedAt")
      SELECT 'bench-o' || g || '-' || l, 'bench-u' || g, 'bench-noise', 'bench-n' || l, now() - (g % 90) * interval '1 day', now() FROM generate_series(1, ${LEARNERS / 2}) g, generate_series(1, 3) l;
    INSERT INTO "QuizAttempt" (id, "userId", "lessonId", answers, score, passed, "createdAt")
      SELECT 'bench-a' || g || '-' || n, 'bench-u' || g, 'bench-l${QUIZ_LESSON}',
             jsonb_build_object(${Array.from({ length: QUESTIONS }, (_, q) => `'bench-q${q + 1}', jsonb_build_array('bench-q${q + 1}c' || (CASE WHEN (g + n + ${q}) % ${q + 2} = 0 THEN 2 ELSE 1 END))`).join(", ")}),
             80, (g + n) % 3 <> 0, now() - (g % 300) * interval '1 day' + n * interval '1 hour'
      FROM generate_series(1, ${LEARNERS}) g, generate_series(1, 2) n WHERE g % 11 >= ${QUIZ_LESSON} AND (n = 1 OR g % 4 = 0);
    INSERT INTO "Payment" (id, "userId", "courseId", "stripeCheckoutSessionId", "amountCents", currency, status, "refundedCents", "createdAt", "paidAt")
      SELECT 'bench-pay' || g, 'bench-u' || g, 'bench-course', 'cs_bench_' || g, 4900, 'usd', (CASE WHEN g % 50 = 0 THEN 'REFUNDED' ELSE 'PAID' END)::"PaymentStatus", CASE WHEN g % 50 = 0 THEN 4900 ELSE 0 END, now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day'
      FROM generate_series(1, ${LEARNERS}) g WHERE g % 5 = 0;
    -- Exercise submissions: one to three per learner who reached the exercise, the last one passing.
    INSERT INTO "ExerciseAttempt" (id, "userId", "courseId", "lessonId", "attemptNo", passed, "createdAt")
      SELECT 'bench-x' || g || '-' || n, 'bench-u' || g, 'bench-course', 'bench-l${EXERCISE_LESSON}', n, n = 1 + g % 3, now() - (g % 300) * interval '1 day' + n * interval '1 minute'
      FROM generate_series(1, ${LEARNERS}) g, generate_series(1, 3) n WHERE g % 11 >= ${EXERCISE_LESSON} AND n <= 1 + g % 3;
    -- A catalogue of ${NOISE_COURSES} other small courses, a year of activity each: the rollup tables hold many
    -- courses' rows, as they would in production, and each course's read must find its own by index.
    INSERT INTO "Course" (id, slug, title, summary, description, topic, level, status, outcomes, "instructorId", "updatedAt")
      SELECT 'bench-c' || k, 'bench-c' || k, 'Other ' || k, 'Another course.', '', 'APIS', 'BEGINNER', 'PUBLISHED', ARRAY['x'], 'bench-teacher', now() FROM generate_series(1, ${NOISE_COURSES}) k;
    INSERT INTO "Module" (id, "courseId", slug, title, position, "updatedAt") SELECT 'bench-cm' || k, 'bench-c' || k, 'm1', 'Module', 1, now() FROM generate_series(1, ${NOISE_COURSES}) k;
    INSERT INTO "Lesson" (id, "courseId", "moduleId", slug, title, kind, body, position, "updatedAt")
      SELECT 'bench-c' || k || '-l' || g, 'bench-c' || k, 'bench-cm' || k, 'l' || g, 'Lesson ' || g, 'ARTICLE', '', g, now() FROM generate_series(1, ${NOISE_COURSES}) k, generate_series(1, 5) g;
    INSERT INTO "Enrollment" (id, "userId", "courseId", "createdAt")
      SELECT 'bench-ce' || g, 'bench-u' || g, 'bench-c' || (1 + g % ${NOISE_COURSES}), now() - (g % 364) * interval '1 day' FROM generate_series(1, ${LEARNERS}) g;
    INSERT INTO "Payment" (id, "userId", "courseId", "stripeCheckoutSessionId", "amountCents", currency, status, "createdAt", "paidAt")
      SELECT 'bench-cp' || g, 'bench-u' || g, 'bench-c' || (1 + g % ${NOISE_COURSES}), 'cs_bench_c' || g, 2900, 'usd', 'PAID', now() - (g % 364) * interval '1 day', now() - (g % 364) * interval '1 day' FROM generate_series(1, ${LEARNERS}) g WHERE g % 2 = 0;
    INSERT INTO "LessonProgress" (id, "userId", "courseId", "lessonId", "firstViewedAt", "lastViewedAt", "completedAt")
      SELECT 'bench-cg' || g || '-' || l, 'bench-u' || g, 'bench-c' || (1 + g % ${NOISE_COURSES}), 'bench-c' || (1 + g % ${NOISE_COURSES}) || '-l' || l, now() - (g % 200) * interval '1 day', now() - (g % 90) * interval '1 day', now() - (g % 200) * interval '1 day' + (g % 50) * interval '1 minute'
      FROM generate_series(1, ${LEARNERS}) g, generate_series(1, 3) l;
    SET session_replication_role = DEFAULT;
    SELECT academy_analytics_rebuild();
  `);
  // Fresh statistics and visibility maps, as autovacuum would give a real database.
  await db.exec("VACUUM ANALYZE");
  return lessonIds;
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

function walk(node: PlanNode, visit: (n: PlanNode) => void) {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

async function measure(db: SqlRunner, query: AnalyticsQuery, now: Date, runs = 5) {
  const params = query.params("bench-course", now);
  const times: number[] = [];
  let rows: unknown[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    rows = await db.query(query.sql, params);
    times.push(performance.now() - started);
  }
  const [explained] = await db.query<{ "QUERY PLAN": unknown }>(`EXPLAIN (FORMAT JSON) ${query.sql}`, params);
  const raw = explained?.["QUERY PLAN"];
  const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  walk(plan[0]!.Plan, (node) => {
    if (node["Index Name"]) indexes.add(node["Index Name"]);
    if (node["Node Type"] === "Seq Scan" && node["Relation Name"] && BIG_TABLES.includes(node["Relation Name"]))
      seqScans.add(node["Relation Name"]);
  });
  const median = times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return {
    name: query.name,
    rows: rows.map((row) => JSON.stringify(row)).sort(),
    median,
    indexes: [...indexes],
    seqScans: [...seqScans],
    ok: median < BUDGET_MS && seqScans.size === 0 && indexes.size > 0,
  };
}

export async function runAnalyticsBench(): Promise<boolean> {
  const { db, kind, drop } = await openDatabase();
  try {
    const started = performance.now();
    await generate(db);
    const [counts] = await db.query<{ progress: number; attempts: number }>(
      `SELECT (SELECT count(*)::int FROM "LessonProgress") AS progress, (SELECT count(*)::int FROM "QuizAttempt") AS attempts`,
    );
    console.log(
      `\nStudio analytics on ${kind}: ${LEARNERS.toLocaleString("en-US")} learners, ${counts?.progress.toLocaleString("en-US")} progress rows, ${counts?.attempts.toLocaleString("en-US")} quiz attempts (generated in ${((performance.now() - started) / 1000).toFixed(1)} s).`,
    );
    const now = new Date();
    const results = [];
    for (const key of Object.keys(ANALYTICS_QUERIES) as AnalyticsKey[]) {
      const rollup = await measure(db, ANALYTICS_QUERIES[key], now);
      const reference = await measure(db, ANALYTICS_REFERENCE[key], now, 3);
      const same = JSON.stringify(rollup.rows) === JSON.stringify(reference.rows);
      results.push({ ...rollup, ok: rollup.ok && same, same, referenceMs: reference.median });
    }
    const width = Math.max(...results.map((r) => r.name.length));
    console.log(`${"query".padEnd(width)}  from scratch ms  rollup ms  budget  same rows  index-backed plan`);
    for (const r of results)
      console.log(
        `${r.name.padEnd(width)}  ${r.referenceMs.toFixed(1).padStart(15)}  ${r.median.toFixed(1).padStart(9)}  ${r.ok ? "  ok  " : " FAIL "}  ${(r.same ? "yes" : "NO").padEnd(9)}  ${r.indexes.join(", ") || "no index"}${r.seqScans.length ? `; seq scan on ${r.seqScans.join(", ")}` : ""}`,
      );
    return results.every((r) => r.ok);
  } finally {
    await drop();
  }
}

if (process.argv[1]?.endsWith("studio-analytics.ts")) {
  runAnalyticsBench().then(
    (ok) => process.exit(ok ? 0 : 1),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
