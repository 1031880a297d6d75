// Seeds the bench's own database (before its server opens it) with a full cohort for the "cohort home (signed
// in)" and "the mentor's review queue" rows: 500 members in the demo mentor's first cohort, each with lesson
// progress, attendance at the sessions held so far and one or two project attempts (about 300 waiting for a
// review), a few announcements, and the demo learner as one more member. Run by tests/bench/server.ts with
// PGLITE_DIR set; writes the cohort's id beside the database for cohort-targets.ts.
import { writeFileSync } from "node:fs";
import { openAppClient } from "../../lib/db/app-client";
import { DEMO_MENTOR } from "../../prisma/demo-accounts";

export const COHORT_MEMBERS = Number(process.env.BENCH_COHORT_MEMBERS ?? 500);
const ANNOUNCEMENTS = 6;
const DAY = 86_400_000;

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error("usage: seed-cohort.ts <file to write the cohort id to>");
  const { client: db, close } = await openAppClient();
  try {
    const cohort = await db.cohort.findFirstOrThrow({
      where: { course: { slug: DEMO_MENTOR.courseSlug } },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        courseId: true,
        startsAt: true,
        sessions: { orderBy: { startsAt: "asc" }, select: { id: true, sequence: true } },
      },
    });
    const [lessons, projects, mentor, learner] = await Promise.all([
      db.lesson.findMany({ where: { courseId: cohort.courseId }, orderBy: { position: "asc" }, select: { id: true } }),
      db.courseProject.findMany({ where: { courseId: cohort.courseId }, orderBy: { position: "asc" } }),
      db.user.findUniqueOrThrow({ where: { email: DEMO_MENTOR.email }, select: { id: true } }),
      db.user.findUniqueOrThrow({ where: { email: "learner@academy.test" }, select: { id: true } }),
    ]);
    if (projects.length === 0) throw new Error("bench: the mentor's course should have projects (prisma/seed.ts)");
    const ids = Array.from({ length: COHORT_MEMBERS }, (_, i) => `benchmember${String(i).padStart(4, "0")}`);
    // Dates relative to now: the rows measure a cohort under way whatever the seed's calendar dates are.
    const now = Date.now();
    await db.user.createMany({
      data: ids.map((id, i) => ({ id, email: `${id}@example.test`, name: `Bench Member ${i + 1}` })),
      skipDuplicates: true,
    });
    await db.enrollment.createMany({
      data: ids.map((userId, i) => ({
        userId,
        courseId: cohort.courseId,
        cohortId: cohort.id,
        source: "PURCHASE" as const,
        createdAt: new Date(now - 30 * DAY + i * 1000),
      })),
      skipDuplicates: true,
    });
    await db.enrollment.upsert({
      where: { userId_courseId: { userId: learner.id, courseId: cohort.courseId } },
      create: { userId: learner.id, courseId: cohort.courseId, cohortId: cohort.id, source: "PURCHASE" },
      update: { cohortId: cohort.id, status: "ACTIVE" },
    });
    await db.lessonProgress.createMany({
      data: ids.flatMap((userId, i) =>
        lessons.slice(0, i % (lessons.length + 1)).map((lesson) => ({
          userId,
          courseId: cohort.courseId,
          lessonId: lesson.id,
          completedAt: new Date(now - (i % 10) * DAY),
          lastViewedAt: new Date(now - (i % 10) * DAY),
        })),
      ),
      skipDuplicates: true,
    });
    const held = cohort.sessions.slice(0, Math.ceil(cohort.sessions.length / 2));
    await db.cohortAttendance.createMany({
      data: ids.flatMap((userId, i) =>
        held
          .filter((_, s) => (i + s) % 3 !== 0)
          .map((session) => ({ sessionId: session.id, userId, present: true, firstJoinAt: new Date(now - DAY) })),
      ),
      skipDuplicates: true,
    });
    // Members who joined the usual way were sent each session's invite as they joined: without these rows the
    // every-minute calendar job would mail thousands of invites during the first rows and depress them.
    await db.cohortInvite.createMany({
      data: ids.flatMap((userId) =>
        cohort.sessions.map((session) => ({
          sessionId: session.id,
          userId,
          sequence: session.sequence,
          method: "REQUEST",
          sentAt: new Date(now - 30 * DAY),
        })),
      ),
      skipDuplicates: true,
    });
    const [first, second] = projects;
    await db.projectSubmission.createMany({
      data: ids.flatMap((userId, i) => [
        {
          projectId: first!.id,
          cohortId: cohort.id,
          userId,
          attempt: 1,
          repositoryUrl: `https://example.test/${userId}/first`,
          textAnswer: "First attempt",
          // A quarter wait for their first review, a quarter passed, half were sent back and resubmitted.
          status: (["WAITING", "CHANGES_REQUESTED", "PASSED", "CHANGES_REQUESTED"] as const)[i % 4],
          createdAt: new Date(now - 16 * DAY + i * 60_000),
        },
        ...(i % 2
          ? [
              {
                projectId: first!.id,
                cohortId: cohort.id,
                userId,
                attempt: 2,
                repositoryUrl: `https://example.test/${userId}/first`,
                textAnswer: "Second attempt",
                createdAt: new Date(now - (i % 5) * DAY - i * 60_000),
              },
            ]
          : []),
        ...(second && i % 8 === 0
          ? [
              {
                projectId: second.id,
                cohortId: cohort.id,
                userId,
                attempt: 1,
                repositoryUrl: `https://example.test/${userId}/second`,
                textAnswer: "First attempt",
                createdAt: new Date(now - 2 * DAY + i * 60_000),
              },
            ]
          : []),
      ]),
      skipDuplicates: true,
    });
    await db.cohortAnnouncement.createMany({
      data: Array.from({ length: ANNOUNCEMENTS }, (_, i) => ({
        cohortId: cohort.id,
        authorId: mentor.id,
        title: `Week ${i + 1} notes`,
        body: `This week's session notes and the lab's starting point are in the schedule.\n\nQuestions to the board.`,
        createdAt: new Date(now - (ANNOUNCEMENTS - i) * DAY),
      })),
    });
    // As PostgreSQL's autovacuum would after such a load (PGlite has none): the planner's figures for the new rows.
    await db.$executeRawUnsafe("ANALYZE");
    const waiting = await db.projectSubmission.count({ where: { cohortId: cohort.id, status: "WAITING" } });
    writeFileSync(out, JSON.stringify({ cohortId: cohort.id, members: COHORT_MEMBERS + 1, waiting }));
    console.log(`bench: seeded ${COHORT_MEMBERS} cohort members (${waiting} submissions waiting)`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
