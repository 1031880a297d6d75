// The analytics rollups (kept by triggers in each write's transaction) against the same figures computed from
// scratch, after a mixed run of writes: enrolments, payments and refunds, views and completions, quiz attempts
// out of order and deleted, a quiz whose key changes, exercise re-attempts, a lesson deleted with its rows.
import { beforeAll, describe, expect, it } from "vitest";
import { ANALYTICS_QUERIES, runAnalyticsQuery, type AnalyticsKey } from "@/lib/studio/analytics-queries";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { makeUser } from "./fixtures";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
});

const NOW = new Date("2026-12-01T12:00:00Z");
const at = (days: number, minutes = 0) => new Date(NOW.getTime() - days * 86_400_000 + minutes * 60_000);

const sortKey = (row: object) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)));

async function both(key: AnalyticsKey, courseId: string) {
  const [rollup, reference] = await Promise.all([
    runAnalyticsQuery(key, courseId, NOW, "rollup"),
    runAnalyticsQuery(key, courseId, NOW, "reference"),
  ]);
  const norm = (rows: object[]) => rows.map(sortKey).sort();
  return { rollup: norm(rollup), reference: norm(reference), rows: rollup.length };
}

async function expectEqual(courseId: string) {
  for (const key of Object.keys(ANALYTICS_QUERIES) as AnalyticsKey[]) {
    const { rollup, reference } = await both(key, courseId);
    expect(rollup, key).toEqual(reference);
  }
}

async function buildCourse(owner: string) {
  const course = await t.db.course.create({
    data: {
      slug: `rollups-${Date.now()}`,
      title: "Rollups",
      summary: "s",
      description: "d",
      topic: "DATABASES",
      level: "BEGINNER",
      status: "PUBLISHED",
      outcomes: ["x"],
      instructorId: owner,
      priceCents: 4900,
    },
  });
  const mod = await t.db.module.create({ data: { courseId: course.id, slug: "m", title: "M", position: 1 } });
  const lesson = (slug: string, kind: "ARTICLE" | "QUIZ" | "CODE_EXERCISE", position: number) =>
    t.db.lesson.create({
      data: { courseId: course.id, moduleId: mod.id, slug, title: slug, kind, body: "b", position },
    });
  const [read, quiz, code, doomed] = [
    await lesson("read", "ARTICLE", 1),
    await lesson("quiz", "QUIZ", 2),
    await lesson("code", "CODE_EXERCISE", 3),
    await lesson("doomed", "ARTICLE", 4),
  ];
  const question = (prompt: string, position: number, correct: number[]) =>
    t.db.quizQuestion.create({
      data: {
        lessonId: quiz.id,
        prompt,
        position,
        multiple: correct.length > 1,
        choices: { create: [0, 1, 2].map((i) => ({ text: `c${i}`, correct: correct.includes(i), position: i })) },
      },
      include: { choices: { orderBy: { position: "asc" } } },
    });
  const q1 = await question("one", 1, [0]);
  const q2 = await question("two", 2, [1, 2]);
  return { course, read, quiz, code, doomed, q1, q2 };
}

describe("analytics rollups", () => {
  it("equal the from-scratch figures after a mixed sequence of writes, and after a rebuild", async () => {
    const owner = await makeUser(t.db);
    const { course, read, quiz, code, doomed, q1, q2 } = await buildCourse(owner.id);
    const learners = await Promise.all([0, 1, 2, 3, 4].map(() => makeUser(t.db, "LEARNER")));
    const [a, b, c, d, e] = learners.map((l) => l.id) as [string, string, string, string, string];

    // Enrolments over several weeks; one moved to another week, one removed.
    for (const [index, userId] of [a, b, c, d, e].entries())
      await t.db.enrollment.create({ data: { userId, courseId: course.id, createdAt: at(index * 5) } });
    await t.db.enrollment.update({
      where: { userId_courseId: { userId: d, courseId: course.id } },
      data: { createdAt: at(40) },
    });
    await t.db.enrollment.delete({ where: { userId_courseId: { userId: e, courseId: course.id } } });

    // Payments: paid, refunded in part, refunded in full, one never paid, one paid and then moved week.
    const pay = (userId: string, cs: string, paidAt: Date | null, status: "PAID" | "PENDING") =>
      t.db.payment.create({
        data: {
          userId,
          courseId: course.id,
          stripeCheckoutSessionId: cs,
          amountCents: 4900,
          currency: "usd",
          status,
          paidAt,
        },
      });
    const p1 = await pay(a, `cs_${course.id}_1`, at(1), "PAID");
    const p2 = await pay(b, `cs_${course.id}_2`, at(9), "PAID");
    await pay(c, `cs_${course.id}_3`, null, "PENDING");
    const p4 = await pay(d, `cs_${course.id}_4`, at(20), "PAID");
    await t.db.payment.update({ where: { id: p1.id }, data: { status: "PARTIALLY_REFUNDED", refundedCents: 1000 } });
    await t.db.payment.update({ where: { id: p2.id }, data: { status: "REFUNDED", refundedCents: 4900 } });
    await t.db.payment.update({ where: { id: p4.id }, data: { paidAt: at(2) } });

    // Progress: views, completions (with durations), a completion undone, a view moved back in time.
    const progress = (userId: string, lessonId: string, first: Date, done: Date | null, last = first) =>
      t.db.lessonProgress.create({
        data: { userId, courseId: course.id, lessonId, firstViewedAt: first, lastViewedAt: last, completedAt: done },
      });
    await progress(a, read.id, at(3), at(3, 7), at(1));
    await progress(b, read.id, at(12), at(12, 12));
    await progress(c, read.id, at(35), at(35, 9));
    await progress(d, read.id, at(2), null);
    await progress(a, doomed.id, at(1), at(1, 4));
    await progress(b, doomed.id, at(8), null);
    const undone = await progress(c, quiz.id, at(10), at(10, 30));
    await t.db.lessonProgress.update({ where: { id: undone.id }, data: { completedAt: null } });
    const moved = await progress(d, code.id, at(1), null);
    await t.db.lessonProgress.update({ where: { id: moved.id }, data: { lastViewedAt: at(45) } });
    await t.db.lessonProgress.update({
      where: { userId_lessonId: { userId: b, lessonId: read.id } },
      data: { lastViewedAt: at(0) },
    });

    // Quiz attempts: answers right and wrong per question; one added before an existing first try; the
    // first try of another learner deleted; several for one learner in a single statement.
    const right1 = { [q1.id]: [q1.choices[0]!.id], [q2.id]: [q2.choices[2]!.id, q2.choices[1]!.id] };
    const wrong = { [q1.id]: [q1.choices[1]!.id], [q2.id]: [q2.choices[1]!.id] };
    const attempt = (userId: string, answers: object, passed: boolean, createdAt: Date) =>
      t.db.quizAttempt.create({ data: { userId, lessonId: quiz.id, answers, score: 0, passed, createdAt } });
    await attempt(a, wrong, false, at(5));
    await attempt(a, right1, true, at(4));
    await attempt(b, right1, true, at(3));
    await attempt(b, wrong, false, at(7)); // earlier than b's pass: b's first try is now a fail
    const cFirst = await attempt(c, wrong, false, at(6));
    await attempt(c, right1, true, at(5));
    await t.db.quizAttempt.delete({ where: { id: cFirst.id } }); // c's first try becomes the pass
    await t.db.quizAttempt.createMany({
      data: [
        { userId: d, lessonId: quiz.id, answers: right1, score: 100, passed: true, createdAt: at(2) },
        { userId: d, lessonId: quiz.id, answers: wrong, score: 0, passed: false, createdAt: at(3) },
        { userId: d, lessonId: quiz.id, answers: wrong, score: 0, passed: false, createdAt: at(1) },
      ],
    });
    const afterAttempts = await both("quizFirstTry", course.id);
    expect(afterAttempts.rollup).toEqual(afterAttempts.reference);

    // The key of question two changes: choice 1 is no longer right, so "[2, 1]" answers stop counting.
    await t.db.quizChoice.update({ where: { id: q2.choices[1]!.id }, data: { correct: false } });
    await t.db.quizChoice.create({ data: { questionId: q1.id, text: "also right", correct: false, position: 9 } });

    // Exercise attempts, with re-attempts, and one first try removed with its learner's later tries.
    const tries = [
      [a, 1, false],
      [a, 2, true],
      [b, 1, true],
      [c, 1, false],
      [c, 2, false],
    ] as const;
    for (const [userId, attemptNo, passed] of tries)
      await t.db.exerciseAttempt.create({
        data: { userId, courseId: course.id, lessonId: code.id, attemptNo, passed },
      });
    await t.db.exerciseAttempt.deleteMany({ where: { userId: c, lessonId: code.id } });
    await t.db.exerciseAttempt.create({
      data: { userId: d, courseId: course.id, lessonId: code.id, attemptNo: 1, passed: true },
    });

    // A lesson deleted: its progress goes with it (a cascade through the triggers).
    await t.db.lesson.delete({ where: { id: doomed.id } });

    await expectEqual(course.id);
    const funnel = await runAnalyticsQuery("lessonFunnel", course.id, NOW);
    expect(funnel.find((r) => r.lessonId === read.id)).toEqual({
      lessonId: read.id,
      started: 4,
      completed: 3,
      medianSeconds: 9 * 60,
    });
    expect(await runAnalyticsQuery("activeLearners", course.id, NOW)).toEqual([{ week: 3, month: 4 }]);
    expect(await runAnalyticsQuery("exerciseFirstTry", course.id, NOW)).toEqual([
      { lessonId: code.id, learners: 3, passed: 2 },
    ]);
    expect(await runAnalyticsQuery("quizFirstTry", course.id, NOW)).toEqual([
      { lessonId: quiz.id, learners: 4, passed: 1 },
    ]);

    // From scratch again: the same figures as the triggers kept.
    await t.db.$executeRawUnsafe("SELECT academy_analytics_rebuild()");
    await expectEqual(course.id);
    expect((await both("quizQuestions", course.id)).rows).toBe(2);
  });
});
