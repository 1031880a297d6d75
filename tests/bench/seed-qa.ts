// Seeds the bench's own database (before its server opens it) with a busy lesson Q&A: 200 questions on the
// lesson the "lesson Q&A list" row reads, some answered, and a notification history for the demo learner (most
// read, some unread) for the "unread notifications count" row. Run by tests/bench/server.ts with PGLITE_DIR set;
// writes the lesson's id beside the database for qa-targets.ts.
import { writeFileSync } from "node:fs";
import { openAppClient } from "../../lib/db/app-client";

export const QA_COURSE = "http-apis-rest-graphql";
export const QA_LESSON = "how-http-works";
export const QA_THREADS = 200;
const UNREAD = 25;
const READ = 400;

const TOPICS = ["status codes", "caching headers", "idempotency", "keep-alive", "content negotiation", "cookies"];

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error("usage: seed-qa.ts <file to write the lesson id to>");
  const { client: db, close } = await openAppClient();
  try {
    const lesson = await db.lesson.findFirstOrThrow({
      where: { slug: QA_LESSON, course: { slug: QA_COURSE } },
      select: { id: true, courseId: true },
    });
    const people = await db.user.findMany({ select: { id: true }, orderBy: { email: "asc" } });
    const learner = await db.user.findUniqueOrThrow({ where: { email: "learner@academy.test" }, select: { id: true } });
    const start = Date.now() - QA_THREADS * 3_600_000;
    const questions = Array.from({ length: QA_THREADS }, (_, i) => ({
      id: `benchq${String(i).padStart(4, "0")}`,
      courseId: lesson.courseId,
      lessonId: lesson.id,
      authorId: people[i % people.length]!.id,
      title: `Question ${i + 1} about ${TOPICS[i % TOPICS.length]} in practice`,
      body: `I read the part on ${TOPICS[i % TOPICS.length]}.\n\n\`\`\`http\nGET /orders/${i} HTTP/1.1\n\`\`\`\n\nWhat happens when the server answers twice?`,
      score: i % 7,
      answerCount: i % 4 === 0 ? 2 : 0,
      createdAt: new Date(start + i * 3_600_000),
      firstAnsweredAt: i % 4 === 0 ? new Date(start + i * 3_600_000 + 600_000) : null,
    }));
    // On a reused PostgreSQL bench database the rows may be there from a previous run.
    await db.qaPost.createMany({ data: questions, skipDuplicates: true });
    const answers = questions
      .filter((q) => q.answerCount > 0)
      .flatMap((q, n) =>
        [0, 1].map((k) => ({
          id: `${q.id}a${k}`,
          courseId: q.courseId,
          lessonId: q.lessonId,
          questionId: q.id,
          authorId: people[(n + k + 1) % people.length]!.id,
          body: `An answer (${k + 1}) to ${q.title.toLowerCase()}.`,
          createdAt: new Date(q.createdAt.getTime() + (k + 1) * 600_000),
        })),
      );
    await db.qaPost.createMany({ data: answers, skipDuplicates: true });
    await db.notification.deleteMany({ where: { userId: learner.id } });
    const notifications = Array.from({ length: READ + UNREAD }, (_, i) => ({
      userId: learner.id,
      kind: "REPLY" as const,
      postId: answers[i % answers.length]!.id,
      courseId: lesson.courseId,
      createdAt: new Date(start + i * 60_000),
      readAt: i < READ ? new Date(start + i * 60_000 + 30_000) : null,
    }));
    await db.notification.createMany({ data: notifications });
    writeFileSync(out, JSON.stringify({ lessonId: lesson.id, unread: UNREAD }));
    console.log(`bench: seeded ${QA_THREADS} questions and ${READ + UNREAD} notifications`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
