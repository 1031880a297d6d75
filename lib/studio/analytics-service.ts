// One course's analytics, shaped for charts and tables (in outline order, with titles).
import { db } from "../db/client";
import { getEditableCourseOrThrow, type StudioUser } from "./access";
import { runAnalyticsQuery } from "./analytics-queries";
import { shareOf } from "./analytics-share";

const share = shareOf;

export async function getCourseAnalytics(user: StudioUser, courseId: string, now = new Date()) {
  await getEditableCourseOrThrow(user, courseId);
  const outline = await db.course.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      title: true,
      currency: true,
      modules: {
        orderBy: { position: "asc" },
        select: {
          lessons: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              title: true,
              kind: true,
              questions: { orderBy: { position: "asc" }, select: { id: true, prompt: true } },
            },
          },
        },
      },
    },
  });
  const lessons = outline.modules.flatMap((m) => m.lessons);
  const [enrolments, revenue, active, funnel, quizFirstTry, exerciseFirstTry, questions, learners, firstAnswer] = [
    await runAnalyticsQuery("enrolmentsByWeek", courseId, now),
    await runAnalyticsQuery("revenueByWeek", courseId, now),
    await runAnalyticsQuery("activeLearners", courseId, now),
    await runAnalyticsQuery("lessonFunnel", courseId, now),
    await runAnalyticsQuery("quizFirstTry", courseId, now),
    await runAnalyticsQuery("exerciseFirstTry", courseId, now),
    await runAnalyticsQuery("quizQuestions", courseId, now),
    await runAnalyticsQuery("recentLearners", courseId, now),
    await runAnalyticsQuery("firstAnswer", courseId, now),
  ];
  const totalEnrolments = enrolments.reduce((sum, row) => sum + row.enrolments, 0);
  const funnelById = new Map(funnel.map((row) => [row.lessonId, row]));
  const quizById = new Map(quizFirstTry.map((row) => [row.lessonId, row]));
  const exerciseById = new Map(exerciseFirstTry.map((row) => [row.lessonId, row]));
  const questionById = new Map(questions.map((row) => [row.questionId, row]));

  return {
    title: outline.title,
    currency: outline.currency,
    totalEnrolments,
    active: active[0] ?? { week: 0, month: 0 },
    /** Lesson Q&A: questions asked, how many have an answer from someone else, the median wait for it. */
    qa: firstAnswer[0] ?? { questions: 0, answered: 0, medianSeconds: null },
    enrolments: enrolments.map((row) => ({ week: row.week, enrolments: row.enrolments })),
    revenue: revenue.map((row) => ({
      week: row.week,
      gross: row.gross / 100,
      refunded: row.refunded / 100,
      refunds: row.refunds,
    })),
    funnel: lessons.map((lesson, index) => {
      const row = funnelById.get(lesson.id);
      return {
        position: index + 1,
        lesson: lesson.title,
        started: row?.started ?? 0,
        completed: row?.completed ?? 0,
        completedShare: share(row?.completed ?? 0, totalEnrolments),
        medianMinutes:
          row?.medianSeconds === null || row?.medianSeconds === undefined
            ? null
            : Math.round((row.medianSeconds / 60) * 10) / 10,
      };
    }),
    quizzes: lessons
      .filter((l) => l.kind === "QUIZ")
      .map((lesson) => {
        const row = quizById.get(lesson.id);
        return {
          lesson: lesson.title,
          learners: row?.learners ?? 0,
          firstTryPassShare: share(row?.passed ?? 0, row?.learners ?? 0),
        };
      }),
    exercises: lessons
      .filter((l) => l.kind === "SQL_EXERCISE" || l.kind === "CODE_EXERCISE")
      .map((lesson) => {
        const row = exerciseById.get(lesson.id);
        return {
          lesson: lesson.title,
          kind: lesson.kind === "SQL_EXERCISE" ? "SQL" : "Code",
          learners: row?.learners ?? 0,
          firstTryPassed: row?.passed ?? 0,
          firstTryPassShare: share(row?.passed ?? 0, row?.learners ?? 0),
        };
      }),
    questions: lessons.flatMap((lesson) =>
      lesson.questions.map((question) => {
        const row = questionById.get(question.id);
        return {
          lesson: lesson.title,
          question: question.prompt,
          answered: row?.answered ?? 0,
          correctShare: share(row?.correct ?? 0, row?.answered ?? 0),
        };
      }),
    ),
    learners: learners.map((row) => ({
      name: row.name ?? "—",
      email: row.email,
      enrolledAt: row.enrolledAt.toISOString().slice(0, 10),
      status: row.status,
      completedLessons: row.completed,
      totalLessons: lessons.length,
    })),
  };
}
export type CourseAnalytics = Awaited<ReturnType<typeof getCourseAnalytics>>;
