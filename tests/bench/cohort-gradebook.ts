// The cohort's staff screens at 500 members: the gradebook (budget 100 ms server time) and the review queue,
// read through the same functions the pages call, on in-memory PGlite with migrations applied. Each member
// has lesson progress, attendance and one or two project attempts. Run alone:
// `npx tsx --import ./scripts/server-only/register.mjs tests/bench/cohort-gradebook.ts`; `npm run bench` runs it.
import { createPgliteClient, setDb } from "../../lib/db/client";
import { openPglite } from "../../lib/db/connection";
import { deployMigrations } from "../../lib/db/migrations/deploy";
import { readMigrations } from "../../lib/db/migrations/files";
import { pgliteRunner } from "../../lib/db/migrations/sql-runner";
import { getGradebook } from "../../lib/projects/gradebook-queries";
import { staffOfCohortOrThrow } from "../../lib/projects/access";
import { reviewQueuePage } from "../../lib/projects/queries";

const MEMBERS = Number(process.env.BENCH_COHORT_MEMBERS ?? 500);
const LESSONS = 20;
const SESSIONS = 8;
const RUNS = 40;
const BUDGET_MS = 100;
const DAY = 86_400_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runCohortGradebookBench(): Promise<boolean> {
  const pglite = await openPglite();
  await deployMigrations(pgliteRunner(pglite), readMigrations());
  const db = createPgliteClient(pglite);
  setDb(db);
  try {
    const now = Date.now();
    const instructor = await db.user.create({ data: { email: "bench-teacher@example.test", role: "INSTRUCTOR" } });
    const mentor = await db.user.create({ data: { email: "bench-mentor@example.test", role: "LEARNER" } });
    const course = await db.course.create({
      data: {
        slug: "bench-cohort",
        title: "Bench cohort course",
        summary: "Bench",
        description: "Bench",
        topic: "SECURITY",
        level: "BEGINNER",
        format: "COHORT",
        status: "PUBLISHED",
        outcomes: ["Bench"],
        instructorId: instructor.id,
      },
    });
    const mod = await db.module.create({ data: { courseId: course.id, slug: "m", title: "Module", position: 1 } });
    await db.lesson.createMany({
      data: Array.from({ length: LESSONS }, (_, i) => ({
        courseId: course.id,
        moduleId: mod.id,
        slug: `l${i}`,
        title: `Lesson ${i}`,
        body: "Body",
        position: i + 1,
      })),
    });
    const lessons = await db.lesson.findMany({ where: { courseId: course.id }, select: { id: true } });
    const cohort = await db.cohort.create({
      data: {
        courseId: course.id,
        title: "Bench cohort",
        startsAt: new Date(now - 20 * DAY),
        endsAt: new Date(now + 10 * DAY),
        seats: MEMBERS,
        timeZone: "Europe/Berlin",
      },
    });
    await db.cohortMentor.create({ data: { cohortId: cohort.id, userId: mentor.id } });
    const rubric = [
      {
        title: "Works",
        levels: [
          { label: "No", points: 0 },
          { label: "Yes", points: 2 },
        ],
      },
    ];
    const projects = await Promise.all(
      [5, 25].map((day, i) =>
        db.courseProject.create({
          data: {
            courseId: course.id,
            slug: `p${i}`,
            title: `Project ${i}`,
            brief: "Brief",
            deadlineDay: day,
            submissionKind: "TEXT",
            rubric,
            passMark: 2,
          },
        }),
      ),
    );
    await db.user.createMany({
      data: Array.from({ length: MEMBERS }, (_, i) => ({
        id: `member${i}`,
        email: `member${i}@example.test`,
        name: `Member ${i}`,
      })),
    });
    const ids = Array.from({ length: MEMBERS }, (_, i) => `member${i}`);
    await db.enrollment.createMany({
      data: ids.map((userId) => ({ userId, courseId: course.id, cohortId: cohort.id, source: "PURCHASE" as const })),
    });
    await db.lessonProgress.createMany({
      data: ids.flatMap((userId, i) =>
        lessons.slice(0, i % LESSONS).map((lesson) => ({
          userId,
          courseId: course.id,
          lessonId: lesson.id,
          completedAt: new Date(now - (i % 10) * DAY),
          lastViewedAt: new Date(now - (i % 10) * DAY),
        })),
      ),
    });
    const sessions = await Promise.all(
      Array.from({ length: SESSIONS }, (_, i) =>
        db.cohortSession.create({
          data: {
            cohortId: cohort.id,
            title: `Session ${i}`,
            startsAt: new Date(now - (18 - i * 2) * DAY),
            endsAt: new Date(now - (18 - i * 2) * DAY + 7_200_000),
          },
        }),
      ),
    );
    await db.cohortAttendance.createMany({
      data: ids.flatMap((userId, i) =>
        sessions
          .filter((_, s) => (i + s) % 3 !== 0)
          .map((session) => ({ sessionId: session.id, userId, present: true })),
      ),
    });
    await db.projectSubmission.createMany({
      data: ids.flatMap((userId, i) => [
        {
          projectId: projects[0]!.id,
          cohortId: cohort.id,
          userId,
          attempt: 1,
          textAnswer: "a",
          status: i % 2 ? ("CHANGES_REQUESTED" as const) : ("WAITING" as const),
          createdAt: new Date(now - 16 * DAY),
        },
        ...(i % 2
          ? [
              {
                projectId: projects[0]!.id,
                cohortId: cohort.id,
                userId,
                attempt: 2,
                textAnswer: "b",
                createdAt: new Date(now - (i % 5) * DAY),
              },
            ]
          : []),
      ]),
    });

    const staff = { id: mentor.id, role: "LEARNER" };
    const time = async (work: () => Promise<unknown>) => {
      await work(); // warm-up
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const started = performance.now();
        await work();
        ms.push(performance.now() - started);
      }
      return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
    };
    // The queue as its JSON answer reads it: the staff check, then the first page.
    const getReviewQueue = async () => {
      await staffOfCohortOrThrow(staff, cohort.id);
      return reviewQueuePage(cohort.id, new Date(), null);
    };
    const book = await getGradebook(staff, cohort.id);
    const queue = await getReviewQueue();
    const gradebook = await time(() => getGradebook(staff, cohort.id));
    const reviews = await time(getReviewQueue);
    const ok = gradebook.p99 < BUDGET_MS;
    console.log(
      `\nCohort staff screens on PGlite (in memory), ${MEMBERS} members (${book.rows.filter((r) => r.atRisk).length} at risk, ${queue.items.length} waiting for review), ${RUNS} runs each:`,
    );
    console.log(
      `  gradebook      p50 ${gradebook.p50.toFixed(1)} ms  p99 ${gradebook.p99.toFixed(1)} ms  (budget ${BUDGET_MS} ms: ${ok ? "ok" : "OVER"})`,
    );
    console.log(`  review queue   p50 ${reviews.p50.toFixed(1)} ms  p99 ${reviews.p99.toFixed(1)} ms`);
    return ok;
  } finally {
    setDb(undefined);
    await db.$disconnect();
    await pglite.close();
  }
}

if (process.argv[1]?.endsWith("cohort-gradebook.ts")) {
  runCohortGradebookBench()
    .then((ok) => process.exit(ok ? 0 : 1))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
