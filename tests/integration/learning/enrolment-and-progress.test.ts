import { beforeAll, describe, expect, it } from "vitest";
import { LearningError } from "@/lib/learning/errors";
import { kickOutbox } from "@/lib/outbox/kick";
import {
  completeExerciseInTx,
  completeLesson,
  enrollInFreeCourse,
  joinWaitlist,
  recordLessonView,
  submitQuiz,
} from "@/lib/learning/mutations";
import { getLessonViewRecord } from "@/lib/learning/queries";
import { createUser } from "../../helpers/fixtures";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { createCourse, quizAnswers } from "./fixtures";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
});

describe("free enrolment", () => {
  it("enrols once; enrolling again changes nothing", async () => {
    const { course } = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }] });
    const learner = await createUser(t.db);
    expect(await enrollInFreeCourse(learner.id, course.slug)).toEqual({
      courseSlug: course.slug,
      alreadyEnrolled: false,
    });
    expect(await enrollInFreeCourse(learner.id, course.slug)).toEqual({
      courseSlug: course.slug,
      alreadyEnrolled: true,
    });
    const enrollments = await t.db.enrollment.findMany({ where: { userId: learner.id } });
    expect(enrollments).toHaveLength(1);
    expect(enrollments[0]).toMatchObject({ status: "ACTIVE", source: "FREE", courseId: course.id });
  });

  it("refuses paid courses and unknown or unpublished ones", async () => {
    const { course } = await createCourse(t.db, { priceCents: 7900, lessons: [{ kind: "ARTICLE" }] });
    const learner = await createUser(t.db);
    await expect(enrollInFreeCourse(learner.id, course.slug)).rejects.toThrow(
      "This is a paid course: enrol through checkout.",
    );
    await expect(enrollInFreeCourse(learner.id, "no-such-course")).rejects.toBeInstanceOf(LearningError);
    await t.db.course.update({ where: { id: course.id }, data: { status: "DRAFT", priceCents: 0 } });
    await expect(enrollInFreeCourse(learner.id, course.slug)).rejects.toThrow("This course is not available.");
    expect(await t.db.enrollment.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("fills a free cohort's seats, then offers only the waitlist", async () => {
    const { course } = await createCourse(t.db, { format: "COHORT", lessons: [{ kind: "ARTICLE" }] });
    const cohort = await t.db.cohort.create({
      data: {
        courseId: course.id,
        title: "Spring",
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 30 * 86_400_000),
        seats: 1,
        timeZone: "UTC",
      },
    });
    const [first, second] = [await createUser(t.db), await createUser(t.db)];
    await expect(joinWaitlist(first.id, course.slug, cohort.id)).rejects.toThrow(/still has seats/);
    await enrollInFreeCourse(first.id, course.slug);
    expect(await t.db.enrollment.findFirst({ where: { userId: first.id } })).toMatchObject({ cohortId: cohort.id });
    await expect(enrollInFreeCourse(second.id, course.slug)).rejects.toThrow(/cohort is full/);
    expect(await joinWaitlist(second.id, course.slug, cohort.id)).toEqual({ position: 1 });
    expect(await joinWaitlist(second.id, course.slug, cohort.id)).toEqual({ position: 1 });
    const state = (await getLessonViewRecord(second.id, course.id, null)).course;
    expect(state.waitlistedCohortIds.has(cohort.id)).toBe(true);
    expect(state.enrollment).toBeNull();
  });
});

/** What submitExercise does once the server's check passed: complete in a transaction, then wake the outbox. */
async function completeCheckedExercise(userId: string, lessonId: string) {
  const completion = await t.db.$transaction((tx) => completeExerciseInTx(tx, userId, lessonId));
  if (completion.certificateIssuedNow) await kickOutbox();
  return completion;
}

describe("progress and completion", () => {
  it("completes lessons by the right method only, and only for enrolled learners", async () => {
    const { course, lessons } = await createCourse(t.db, {
      lessons: [{ kind: "ARTICLE" }, { kind: "QUIZ" }, { kind: "SQL_EXERCISE" }],
    });
    const learner = await createUser(t.db);
    await expect(completeLesson(learner.id, lessons[0]!.id, "read")).rejects.toThrow(
      "Enrol in this course to save your progress.",
    );
    await enrollInFreeCourse(learner.id, course.slug);
    await expect(completeLesson(learner.id, lessons[1]!.id, "read")).rejects.toThrow(
      "Pass the quiz to complete this lesson.",
    );
    await expect(completeLesson(learner.id, lessons[2]!.id, "read")).rejects.toThrow(
      "Solve the exercise to complete this lesson.",
    );
    // Exercises complete only through a checked submission: see tests/integration/exercises/.
    await expect(t.db.$transaction((tx) => completeExerciseInTx(tx, learner.id, lessons[0]!.id))).rejects.toThrow(
      "This lesson has no exercise.",
    );
    expect(await completeLesson(learner.id, lessons[0]!.id, "read")).toMatchObject({
      completed: true,
      courseCompleted: false,
      certificateId: null,
    });
    // Idempotent: the first completion time is kept.
    const first = await t.db.lessonProgress.findFirstOrThrow({
      where: { userId: learner.id, lessonId: lessons[0]!.id },
    });
    await completeLesson(learner.id, lessons[0]!.id, "read");
    const again = await t.db.lessonProgress.findFirstOrThrow({
      where: { userId: learner.id, lessonId: lessons[0]!.id },
    });
    expect(again.completedAt).toEqual(first.completedAt);
  });

  it("stores every quiz attempt and completes the lesson only on a pass", async () => {
    const { course, lessons } = await createCourse(t.db, { lessons: [{ kind: "QUIZ" }, { kind: "ARTICLE" }] });
    const learner = await createUser(t.db);
    await enrollInFreeCourse(learner.id, course.slug);
    const failed = await submitQuiz(learner.id, lessons[0]!.id, await quizAnswers(t.db, lessons[0]!.id, "wrong"));
    expect(failed).toMatchObject({ score: 0, passed: false, completed: false });
    // A failed attempt does not reveal the answer key (issue #9.4): only the pass (or the third attempt) does.
    expect(failed.questions).toEqual([]);
    await expect(submitQuiz(learner.id, lessons[0]!.id, {})).rejects.toThrow(
      "Answer the last question before submitting.",
    );
    const passed = await submitQuiz(learner.id, lessons[0]!.id, await quizAnswers(t.db, lessons[0]!.id, "right"));
    expect(passed).toMatchObject({ score: 100, passed: true, completed: true });
    expect(passed.questions[0]).toMatchObject({ correct: true, explanation: "Because it is right." });
    expect(passed.questions[0]?.correctChoiceIds).toHaveLength(1);
    expect(await t.db.quizAttempt.count({ where: { userId: learner.id } })).toBe(2);
    const state = (await getLessonViewRecord(learner.id, course.id, null)).course;
    expect([...state.completedLessonIds]).toEqual([lessons[0]!.id]);
  });

  it("gates a sequential course: a later lesson cannot be completed before the earlier ones", async () => {
    const { course, lessons } = await createCourse(t.db, {
      sequential: true,
      lessons: [{ kind: "ARTICLE" }, { kind: "ARTICLE" }, { kind: "ARTICLE" }],
    });
    const learner = await createUser(t.db);
    await enrollInFreeCourse(learner.id, course.slug);
    await expect(completeLesson(learner.id, lessons[2]!.id, "read")).rejects.toThrow(/taken in order/);
    await completeLesson(learner.id, lessons[0]!.id, "read");
    await completeLesson(learner.id, lessons[1]!.id, "read");
    expect((await completeLesson(learner.id, lessons[2]!.id, "read")).courseCompleted).toBe(true);
  });

  it("remembers the last lesson opened, for enrolled learners only", async () => {
    const { course, lessons } = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }, { kind: "ARTICLE" }] });
    const learner = await createUser(t.db);
    await recordLessonView(learner.id, lessons[1]!.id);
    expect(await t.db.lessonProgress.count({ where: { userId: learner.id } })).toBe(0);
    await enrollInFreeCourse(learner.id, course.slug);
    await recordLessonView(learner.id, lessons[1]!.id);
    const state = (await getLessonViewRecord(learner.id, course.id, null)).course;
    expect(state.enrollment?.lastLessonId).toBe(lessons[1]!.id);
    expect(state.completedLessonIds.size).toBe(0);
  });
});

describe("certificates", () => {
  it("issues a certificate with snapshots when the last lesson completes, and marks the enrolment completed", async () => {
    const { course, lessons } = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }, { kind: "QUIZ" }] });
    const learner = await createUser(t.db, { name: "Grace Hopper" });
    await enrollInFreeCourse(learner.id, course.slug);
    await completeLesson(learner.id, lessons[0]!.id, "read");
    const result = await submitQuiz(learner.id, lessons[1]!.id, await quizAnswers(t.db, lessons[1]!.id, "right"));
    expect(result).toMatchObject({ courseCompleted: true, certificateIssuedNow: true });
    const certificate = await t.db.certificate.findUniqueOrThrow({ where: { id: result.certificateId! } });
    expect(certificate).toMatchObject({
      userId: learner.id,
      courseId: course.id,
      recipientName: "Grace Hopper",
      courseTitle: course.title,
      instructorName: "Ines Instructor",
    });
    expect(await t.db.enrollment.findFirst({ where: { userId: learner.id } })).toMatchObject({ status: "COMPLETED" });
    // Completing again (or passing the quiz again) returns the same certificate without a new one.
    const again = await completeLesson(learner.id, lessons[0]!.id, "read");
    expect(again).toMatchObject({ certificateId: certificate.id, certificateIssuedNow: false });
  });

  it("issues exactly one certificate under concurrent completion of the last lessons", async () => {
    const { course, lessons } = await createCourse(t.db, {
      lessons: [{ kind: "ARTICLE" }, { kind: "ARTICLE" }, { kind: "ARTICLE" }, { kind: "SQL_EXERCISE" }],
    });
    const learner = await createUser(t.db);
    await enrollInFreeCourse(learner.id, course.slug);
    await completeLesson(learner.id, lessons[0]!.id, "read");
    const results = await Promise.all([
      completeLesson(learner.id, lessons[1]!.id, "read"),
      completeLesson(learner.id, lessons[2]!.id, "read"),
      completeCheckedExercise(learner.id, lessons[3]!.id),
      completeCheckedExercise(learner.id, lessons[3]!.id),
      completeLesson(learner.id, lessons[2]!.id, "read"),
    ]);
    expect(await t.db.certificate.count({ where: { userId: learner.id, courseId: course.id } })).toBe(1);
    expect(results.filter((r) => r.certificateIssuedNow)).toHaveLength(1);
    const ids = new Set(results.filter((r) => r.courseCompleted).map((r) => r.certificateId));
    expect(ids.size).toBe(1);
    // Whichever completion ran last saw the whole course done.
    expect(ids.has((await t.db.certificate.findFirstOrThrow({ where: { userId: learner.id } })).id)).toBe(true);
    expect(await t.db.enrollment.findFirst({ where: { userId: learner.id } })).toMatchObject({ status: "COMPLETED" });
    // …and announced to the learner once, with a link to its public page.
    const mails = await t.db.emailOutbox.findMany({ where: { to: learner.email, kind: "certificate" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`Your certificate: ${course.title}`);
    expect(mails[0]!.text).toContain(`/certificates/${[...ids][0]}`);
  });

  it("is guarded by the database: a second certificate row for the same learner and course is rejected", async () => {
    const { course } = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }] });
    const learner = await createUser(t.db);
    const data = { userId: learner.id, courseId: course.id, recipientName: "A", courseTitle: "B", instructorName: "C" };
    await t.db.certificate.create({ data });
    await expect(t.db.certificate.create({ data })).rejects.toMatchObject({ code: "P2002" });
  });
});
