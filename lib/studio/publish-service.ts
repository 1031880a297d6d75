// Publishing: check the whole course, then in one transaction copy every draft onto its lesson, keep each as
// a numbered version, and mark the course live; afterwards every cache of its pages is dropped.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { recordAudit } from "../audit/record-audit";
import { getEditableCourseOrThrow, type StudioUser } from "./access";
import { courseFrontOf } from "./course-front";
import { StudioError } from "./errors";
import { asJsonColumn, lessonRowData, type LessonContent } from "./lesson-content";
import { invalidateCourse } from "../cache/invalidate";
import { publishIssues, type PublishIssue } from "./publish-rules";
import { getCourseWorkingCopy } from "./queries";
import { verifySqlExercises } from "./sql-verify";
import { verifyCodeExercises } from "./code-verify";

type Tx = Prisma.TransactionClient;

/**
 * What stands between the course and its learners. Changed exercises are run to be sure: SQL solutions on the
 * studio's PGlite, code exercises in the learners' exercise sandbox (solution passes, starter does not).
 */
export async function checkCourse(
  user: StudioUser,
  courseId: string,
): Promise<{ issues: PublishIssue[]; copy: Awaited<ReturnType<typeof getCourseWorkingCopy>> }> {
  await getEditableCourseOrThrow(user, courseId);
  const copy = await getCourseWorkingCopy(courseId);
  const drafted = copy.modules
    .flatMap((m) => m.lessons)
    .filter((l) => l.draftRevision !== null && l.content?.kind === "sql" && l.content.exercise);
  const verdicts = await verifySqlExercises(
    drafted.map((l) => l.content!.exercise as { setup: string; solution: string }),
  );
  const sqlFailures = new Map<string, string>();
  verdicts.forEach((verdict, index) => {
    if (!verdict.ok) sqlFailures.set(drafted[index]!.id, verdict.message);
  });
  const code = copy.modules
    .flatMap((m) => m.lessons)
    .filter((l) => l.draftRevision !== null && l.content?.kind === "code" && l.content.exercise);
  const codeFailures = new Map<string, string>();
  (await verifyCodeExercises(code.map((l) => l.content!))).forEach((verdict, index) => {
    if (!verdict.ok) codeFailures.set(code[index]!.id, verdict.message);
  });
  const issues = publishIssues({
    id: courseId,
    front: courseFrontOf(copy.course),
    modules: copy.modules,
    sqlFailures,
    codeFailures,
  });
  return { issues, copy };
}

async function replaceQuiz(tx: Tx, lessonId: string, content: LessonContent) {
  await tx.quizQuestion.deleteMany({ where: { lessonId } });
  for (const [index, question] of (content.quiz?.questions ?? []).entries()) {
    await tx.quizQuestion.create({
      data: {
        lessonId,
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

async function publishLesson(
  tx: Tx,
  lesson: { id: string; content: LessonContent; draftRevision: number },
  authorId: string,
) {
  // The draft must be the one that was checked: a save during the publish makes the publish stop.
  const removed = await tx.lessonDraft.deleteMany({ where: { lessonId: lesson.id, revision: lesson.draftRevision } });
  if (removed.count !== 1)
    throw new StudioError("A lesson was edited while you published. Check the course again and publish once more.");
  const data = lessonRowData(lesson.content);
  const exercise = data.exercise ? asJsonColumn(data.exercise) : Prisma.DbNull;
  await tx.lesson.update({ where: { id: lesson.id }, data: { ...data, exercise, version: { increment: 1 } } });
  await replaceQuiz(tx, lesson.id, lesson.content);
  const last = await tx.lessonVersion.findFirst({
    where: { lessonId: lesson.id },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  await tx.lessonVersion.create({
    data: {
      lessonId: lesson.id,
      number: (last?.number ?? 0) + 1,
      content: asJsonColumn(lesson.content),
      authorId,
    },
  });
}

export type PublishResult =
  { ok: true; slug: string; lessonsPublished: number; pagesPurged: number } | { ok: false; issues: PublishIssue[] };

export async function publishCourse(
  user: StudioUser,
  input: { courseId: string },
  ip?: string,
): Promise<PublishResult> {
  const { issues, copy } = await checkCourse(user, input.courseId);
  if (issues.length > 0) return { ok: false, issues };
  const drafts = copy.modules.flatMap((m) => m.lessons).filter((l) => l.draftRevision !== null);
  const slug = await db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Course" WHERE id = ${input.courseId} FOR UPDATE`;
      for (const lesson of drafts)
        await publishLesson(
          tx,
          { id: lesson.id, content: lesson.content!, draftRevision: lesson.draftRevision! },
          user.id,
        );
      // Modules and lessons added since the last publish become visible together with the drafts.
      await tx.module.updateMany({ where: { courseId: input.courseId, published: false }, data: { published: true } });
      await tx.lesson.updateMany({ where: { courseId: input.courseId, published: false }, data: { published: true } });
      const course = await tx.course.update({
        where: { id: input.courseId },
        data: { status: "PUBLISHED", publishedAt: copy.course.publishedAt ?? new Date() },
        select: { slug: true },
      });
      await recordAudit(
        {
          actorId: user.id,
          action: "studio.course_published",
          targetType: "course",
          targetId: input.courseId,
          ip,
          meta: { lessons: drafts.length },
        },
        tx,
      );
      return course.slug;
    },
    { timeout: 30_000 },
  );
  const redirects = await db.courseSlugRedirect.findMany({
    where: { courseId: input.courseId },
    select: { slug: true },
  });
  const pagesPurged = invalidateCourse([slug, ...redirects.map((r) => r.slug)]);
  return { ok: true, slug, lessonsPublished: drafts.length, pagesPurged };
}
