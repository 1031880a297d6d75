import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCurriculum } from "@/lib/content/load-curriculum";
import { seedDatabase } from "@/prisma/seed";
import { DEMO_ACCOUNTS } from "@/prisma/demo-accounts";
import { verifyPassword } from "@/lib/accounts/password";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";

let t: TestDatabase;
const curriculum = loadCurriculum();

beforeAll(async () => {
  t = await useTestDatabase();
  await seedDatabase(t.db, curriculum);
});

/** Rows per table the seed writes: a second seed must leave every count as it was. */
async function counts() {
  const tables = {
    users: t.db.user.count(),
    courses: t.db.course.count(),
    modules: t.db.module.count(),
    lessons: t.db.lesson.count(),
    questions: t.db.quizQuestion.count(),
    choices: t.db.quizChoice.count(),
    cohorts: t.db.cohort.count(),
    advisors: t.db.advisor.count(),
    rules: t.db.availabilityRule.count(),
    enrollments: t.db.enrollment.count(),
    progress: t.db.lessonProgress.count(),
    sessions: t.db.cohortSession.count(),
    mentors: t.db.cohortMentor.count(),
  };
  const values = await Promise.all(Object.values(tables));
  return Object.fromEntries(Object.keys(tables).map((name, i) => [name, values[i]]));
}

describe("seed", () => {
  it("loads the whole curriculum: free, paid and cohort courses with modules, lessons and quizzes", async () => {
    const courses = await t.db.course.findMany({ include: { modules: true, lessons: true, cohorts: true } });
    expect(courses).toHaveLength(curriculum.length);
    expect(courses.length).toBeGreaterThanOrEqual(3);
    expect(courses.some((c) => c.priceCents === 0)).toBe(true);
    expect(courses.some((c) => c.priceCents > 0 && c.format === "SELF_PACED")).toBe(true);
    const cohortCourse = courses.find((c) => c.format === "COHORT");
    expect(cohortCourse?.cohorts.length).toBeGreaterThan(0);
    for (const course of courses) {
      expect(course.status).toBe("PUBLISHED");
      expect(course.modules.length).toBeGreaterThanOrEqual(3);
    }
    const teaching = await t.db.lesson.count({ where: { kind: { not: "QUIZ" } } });
    expect(teaching).toBeGreaterThanOrEqual(15);
    const modulesWithoutQuiz = await t.db.module.count({ where: { lessons: { none: { kind: "QUIZ" } } } });
    expect(modulesWithoutQuiz).toBe(0);
    const quizQuestions = await t.db.quizQuestion.findMany({ include: { choices: true } });
    for (const question of quizQuestions) expect(question.choices.some((c) => c.correct)).toBe(true);
  });

  it("gives every cohort two live sessions a week at its start's local time, and the demo mentor one course's cohorts", async () => {
    const cohorts = await t.db.cohort.findMany({
      include: { sessions: { orderBy: { startsAt: "asc" } }, course: { select: { slug: true } }, mentors: true },
    });
    expect(cohorts.length).toBeGreaterThanOrEqual(4);
    const local = (at: Date, timeZone: string) =>
      new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit" }).format(at);
    for (const cohort of cohorts) {
      const weeks = Math.ceil((cohort.endsAt.getTime() - cohort.startsAt.getTime()) / (7 * 86_400_000));
      expect(cohort.sessions).toHaveLength(weeks * 2);
      expect(cohort.sessions[0]!.startsAt).toEqual(cohort.startsAt);
      const [first, second] = cohort.sessions.map((s) => local(s.startsAt, cohort.timeZone));
      const time = local(cohort.startsAt, cohort.timeZone).slice(-5);
      expect(cohort.sessions.every((s) => local(s.startsAt, cohort.timeZone).endsWith(time))).toBe(true);
      expect(cohort.sessions.every((s) => s.endsAt <= cohort.endsAt && s.joinUrl)).toBe(true);
      expect(new Set(cohort.sessions.map((s) => local(s.startsAt, cohort.timeZone)))).toEqual(new Set([first, second]));
    }
    const mentor = await t.db.user.findUniqueOrThrow({ where: { email: "mentor@academy.test" } });
    const mentored = cohorts.filter((c) => c.mentors.some((m) => m.userId === mentor.id));
    expect(mentored.map((c) => c.course.slug)).toEqual(["backend-security-essentials", "backend-security-essentials"]);
  });

  it("creates every demo account with a working password, and advisors with availability", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await t.db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
    }
    // Two career advisors on /consultation, and the demo mentor's calls-only profile for project review calls.
    const advisors = await t.db.advisor.findMany({ include: { rules: true, user: { select: { email: true } } } });
    expect(advisors.filter((a) => a.consults)).toHaveLength(2);
    expect(advisors.filter((a) => !a.consults).map((a) => a.user.email)).toEqual(["mentor@academy.test"]);
    for (const advisor of advisors) expect(advisor.rules.length).toBeGreaterThan(0);
  });

  it("enrols the demo learner in the free course with its first two lessons done", async () => {
    const learner = await t.db.user.findUniqueOrThrow({
      where: { email: "learner@academy.test" },
      include: { enrollments: { include: { course: true } }, progress: true },
    });
    expect(learner.enrollments.map((e) => [e.course.slug, e.status])).toEqual([["http-apis-rest-graphql", "ACTIVE"]]);
    expect(learner.progress.filter((p) => p.completedAt !== null)).toHaveLength(2);
  });

  it("is idempotent: a second run changes no counts", async () => {
    const before = await counts();
    await seedDatabase(t.db, curriculum);
    expect(await counts()).toEqual(before);
  });
});

describe("database constraints", () => {
  async function advisorId() {
    return (await t.db.advisor.findFirstOrThrow()).id;
  }

  function booking(advisor: string, startsAt: string, endsAt: string) {
    return {
      advisorId: advisor,
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      name: "Pat",
      email: "pat@example.test",
      timeZone: "UTC",
      manageTokenHash: randomBytes(16).toString("hex"),
    };
  }

  it("refuses overlapping live bookings of one advisor with an exclusion violation (23P01)", async () => {
    const advisor = await advisorId();
    await t.db.booking.create({ data: booking(advisor, "2030-03-04T10:00:00Z", "2030-03-04T10:30:00Z") });
    const error = await t.db.booking
      .create({ data: booking(advisor, "2030-03-04T10:15:00Z", "2030-03-04T10:45:00Z") })
      .catch((e: unknown) => e);
    expect(JSON.stringify(error)).toContain("23P01");
    // Back-to-back is fine: ranges are half-open.
    await expect(
      t.db.booking.create({ data: booking(advisor, "2030-03-04T10:30:00Z", "2030-03-04T11:00:00Z") }),
    ).resolves.toBeTruthy();
  });

  it("refuses a cohort session that ends before it starts (CHECK)", async () => {
    const cohort = await t.db.cohort.findFirstOrThrow();
    const error = await t.db.cohortSession
      .create({
        data: {
          cohortId: cohort.id,
          title: "Backwards",
          startsAt: new Date("2030-03-04T10:00:00Z"),
          endsAt: new Date("2030-03-04T09:00:00Z"),
        },
      })
      .catch((e: unknown) => e);
    expect(JSON.stringify(error)).toContain("23514");
  });

  it("frees the slot of a cancelled booking", async () => {
    const advisor = await advisorId();
    const first = await t.db.booking.create({ data: booking(advisor, "2030-03-05T09:00:00Z", "2030-03-05T09:30:00Z") });
    await t.db.booking.update({ where: { id: first.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await expect(
      t.db.booking.create({ data: booking(advisor, "2030-03-05T09:00:00Z", "2030-03-05T09:30:00Z") }),
    ).resolves.toBeTruthy();
  });

  it("refuses a booking that ends before it starts", async () => {
    const advisor = await advisorId();
    await expect(
      t.db.booking.create({ data: booking(advisor, "2030-03-06T10:00:00Z", "2030-03-06T09:00:00Z") }),
    ).rejects.toThrow();
  });

  it("keeps one payment per Stripe checkout session and one certificate per learner and course", async () => {
    const user = await t.db.user.findFirstOrThrow({ where: { role: "LEARNER" } });
    const course = await t.db.course.findFirstOrThrow({ where: { priceCents: { gt: 0 } } });
    const payment = {
      userId: user.id,
      courseId: course.id,
      stripeCheckoutSessionId: "cs_test_dup",
      amountCents: 7900,
      currency: "usd",
    };
    await t.db.payment.create({ data: payment });
    await expect(t.db.payment.create({ data: payment })).rejects.toMatchObject({ code: "P2002" });
    const certificate = {
      userId: user.id,
      courseId: course.id,
      recipientName: "Sam",
      courseTitle: course.title,
      instructorName: "Ada",
    };
    await t.db.certificate.create({ data: certificate });
    await expect(t.db.certificate.create({ data: certificate })).rejects.toMatchObject({ code: "P2002" });
  });
});
