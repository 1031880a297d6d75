import type { Prisma, PrismaClient } from "../lib/db/generated/client";
import type { CourseFormat, Level, LessonKind, Topic } from "../lib/db/generated/enums";
import { loadCurriculum, type CurriculumCourse, type CurriculumLesson } from "../lib/content/load-curriculum";
import { hashPassword } from "../lib/accounts/password";
import { DEMO_ACCOUNTS, DEMO_ADVISORS, DEMO_MENTOR, DEMO_PASSWORD } from "./demo-accounts";
import { seedCohortSchedules } from "./seed-cohorts";
import { projectRowOf } from "../lib/projects/course-format";

// Idempotent: every write is an upsert on a natural key, so running it twice changes nothing.

const KIND: Record<CurriculumLesson["kind"], LessonKind> = {
  article: "ARTICLE",
  video: "VIDEO",
  quiz: "QUIZ",
  sql: "SQL_EXERCISE",
  code: "CODE_EXERCISE",
  python: "CODE_EXERCISE",
};

const toEnum = <T extends string>(value: string) => value.toUpperCase().replace(/-/g, "_") as T;

async function seedUsers(db: PrismaClient) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await db.user.upsert({
      where: { email: account.email },
      update: {},
      create: { ...account, passwordHash, emailVerified: new Date() },
    });
  }
  for (const advisor of DEMO_ADVISORS) {
    const user = await db.user.findUniqueOrThrow({ where: { email: advisor.email } });
    const existing = await db.advisor.findUnique({ where: { userId: user.id } });
    if (existing) continue;
    await db.advisor.create({
      data: {
        userId: user.id,
        slug: advisor.slug,
        headline: advisor.headline,
        bio: advisor.bio,
        timeZone: advisor.timeZone,
        videoUrl: advisor.videoUrl,
        languages: [...advisor.languages],
        minNoticeHours: 2,
        rules: { create: advisor.windows.map((w) => ({ ...w })) },
      },
    });
  }
}

async function seedLesson(
  tx: Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0],
  ids: { courseId: string; moduleId: string },
  lesson: CurriculumLesson,
  position: number,
) {
  const exercise = lesson.exercise
    ? ((lesson.exercise.type === "sql"
        ? { type: "sql", ...lesson.exercise.sql }
        : { type: "code", ...lesson.exercise.code }) as Prisma.InputJsonObject)
    : undefined;
  const data = {
    moduleId: ids.moduleId,
    title: lesson.title,
    kind: KIND[lesson.kind],
    body: lesson.body,
    minutes: lesson.minutes,
    freePreview: lesson.freePreview,
    position,
    videoUrl: lesson.video?.url ?? null,
    captionsUrl: lesson.video?.captions || null,
    exercise: exercise ?? undefined,
    quizPassPercent: lesson.quiz?.passPercent ?? null,
  };
  const saved = await tx.lesson.upsert({
    where: { courseId_slug: { courseId: ids.courseId, slug: lesson.slug } },
    update: data,
    create: { ...data, courseId: ids.courseId, slug: lesson.slug },
  });
  if (!lesson.quiz) return;
  // Questions are replaced only while nobody has answered them, so stored attempts stay meaningful.
  const attempts = await tx.quizAttempt.count({ where: { lessonId: saved.id } });
  if (attempts > 0) return;
  await tx.quizQuestion.deleteMany({ where: { lessonId: saved.id } });
  for (const [index, question] of lesson.quiz.questions.entries()) {
    await tx.quizQuestion.create({
      data: {
        lessonId: saved.id,
        prompt: question.prompt,
        explanation: question.explanation,
        multiple: question.multiple,
        position: index + 1,
        choices: {
          create: question.choices.map((choice, i) => ({
            text: choice.text,
            correct: choice.correct,
            position: i + 1,
          })),
        },
      },
    });
  }
}

async function seedCourse(db: PrismaClient, course: CurriculumCourse) {
  const instructor = await db.user.findUnique({ where: { email: course.instructor } });
  if (!instructor) throw new Error(`course ${course.slug}: instructor ${course.instructor} is not a seeded account`);
  await db.$transaction(
    async (tx) => {
      const data = {
        title: course.title,
        summary: course.summary,
        description: course.description,
        topic: toEnum<Topic>(course.topic),
        level: toEnum<Level>(course.level),
        format: toEnum<CourseFormat>(course.format),
        priceCents: course.priceCents,
        currency: course.currency,
        featured: course.featured,
        sequential: course.sequential,
        outcomes: course.outcomes,
        instructorId: instructor.id,
      };
      const saved = await tx.course.upsert({
        where: { slug: course.slug },
        update: data,
        create: { ...data, slug: course.slug, status: "PUBLISHED", publishedAt: new Date() },
      });
      for (const [moduleIndex, mod] of course.modules.entries()) {
        const moduleData = {
          title: mod.title,
          summary: mod.summary,
          position: moduleIndex + 1,
          releaseDay: mod.releaseDay ?? null,
        };
        const savedModule = await tx.module.upsert({
          where: { courseId_slug: { courseId: saved.id, slug: mod.slug } },
          update: moduleData,
          create: { ...moduleData, courseId: saved.id, slug: mod.slug },
        });
        for (const [lessonIndex, lesson] of mod.lessons.entries()) {
          await seedLesson(tx, { courseId: saved.id, moduleId: savedModule.id }, lesson, lessonIndex + 1);
        }
      }
      for (const [index, project] of course.projects.entries()) {
        const row = projectRowOf(project, index + 1);
        await tx.courseProject.upsert({
          where: { courseId_slug: { courseId: saved.id, slug: project.slug } },
          update: row,
          create: { ...row, courseId: saved.id, slug: project.slug },
        });
      }
      for (const cohort of course.cohorts) {
        const existing = await tx.cohort.findFirst({ where: { courseId: saved.id, startsAt: cohort.startsAt } });
        if (!existing) await tx.cohort.create({ data: { ...cohort, courseId: saved.id } });
      }
    },
    { timeout: 60_000 },
  );
}

const DEMO_LEARNER = "learner@academy.test";
const DEMO_LEARNER_COURSE = "http-apis-rest-graphql";
const DEMO_LEARNER_DONE = 2;

/**
 * The demo learner is enrolled in the free course with its first lessons done, so signing in as them
 * shows a dashboard, ticks and "continue". Created once: a re-seed leaves their later progress alone.
 */
async function seedDemoLearning(db: PrismaClient) {
  const [user, course] = await Promise.all([
    db.user.findUnique({ where: { email: DEMO_LEARNER }, select: { id: true } }),
    db.course.findUnique({
      where: { slug: DEMO_LEARNER_COURSE },
      select: {
        id: true,
        modules: {
          orderBy: { position: "asc" },
          select: { lessons: { orderBy: { position: "asc" }, select: { id: true } } },
        },
      },
    }),
  ]);
  if (!user || !course) return;
  const done = course.modules.flatMap((m) => m.lessons).slice(0, DEMO_LEARNER_DONE);
  await db.$transaction(async (tx) => {
    const existing = await tx.enrollment.findUnique({
      where: { userId_courseId: { userId: user.id, courseId: course.id } },
      select: { id: true },
    });
    if (existing) return;
    await tx.enrollment.create({
      data: { userId: user.id, courseId: course.id, lastLessonId: done.at(-1)?.id ?? null },
    });
    await tx.lessonProgress.createMany({
      data: done.map((lesson) => ({
        userId: user.id,
        courseId: course.id,
        lessonId: lesson.id,
        completedAt: new Date(),
      })),
    });
  });
}

export async function seedDatabase(db: PrismaClient, curriculum = loadCurriculum()) {
  await seedUsers(db);
  for (const course of curriculum) await seedCourse(db, course);
  await seedDemoLearning(db);
  await seedCohortSchedules(db, DEMO_MENTOR);
  await seedDemoCoupons(db);
}

/** Demo coupons for trying checkout: 20% off anything, and one that makes the SQL course free. */
async function seedDemoCoupons(db: PrismaClient) {
  await db.coupon.upsert({ where: { code: "LAUNCH20" }, update: {}, create: { code: "LAUNCH20", percentOff: 20 } });
  const sql = await db.course.findUnique({ where: { slug: "sql-data-modelling-postgresql" }, select: { id: true } });
  if (sql)
    await db.coupon.upsert({
      where: { code: "SQLFREE" },
      update: {},
      create: { code: "SQLFREE", percentOff: 100, courseId: sql.id, maxRedemptions: 50 },
    });
}

/** Seeds the database the app is configured for (used by `npm start` and `npm run db:seed`). */
export async function seedConfiguredDatabase() {
  const { openAppClient } = await import("../lib/db/app-client");
  const { client, close } = await openAppClient();
  try {
    await seedDatabase(client);
    console.log("seeded demo accounts and curriculum");
  } finally {
    await close();
  }
}
