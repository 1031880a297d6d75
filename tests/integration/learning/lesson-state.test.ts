import { beforeAll, describe, expect, it } from "vitest";
import { resolveSessionUser } from "@/lib/auth/session";
import type { SessionClaims } from "@/lib/auth/session/policy";
import {
  getCourseStateResponse as courseStateFor,
  getLessonStateResponse as lessonStateFor,
} from "@/lib/learning/lesson-state";
import { completeLesson, enrollInFreeCourse } from "@/lib/learning/mutations";
import { createUser } from "../../helpers/fixtures";
import { signedInClaims } from "../../helpers/sessions";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { createCourse } from "./fixtures";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
});

/** A fresh session's claims for a user, as the decoded cookie would carry them. */
function sessionOf(user: { id: string; sessionVersion: number }): Promise<SessionClaims> {
  return signedInClaims(t.db, user);
}

// The routes check the decoded cookie's claims with getSession, then ask for the checked user's state.
const answerFor = async (claims: SessionClaims | null, courseSlug: string, lessonSlug: string) =>
  lessonStateFor(await resolveSessionUser(claims), courseSlug, lessonSlug);
const getCourseStateResponse = async (claims: SessionClaims | null, courseSlug: string) =>
  courseStateFor(await resolveSessionUser(claims), courseSlug);

/** The response body, as the route sends it. */
async function getLessonStateResponse(
  user: { id: string; sessionVersion: number } | null,
  courseSlug: string,
  lessonSlug: string,
) {
  return (await answerFor(user ? await sessionOf(user) : null, courseSlug, lessonSlug))?.body ?? null;
}

/** A course whose first lesson is a free preview and whose other two are behind enrolment. */
async function courseWithPreview(options: { sequential?: boolean } = {}) {
  const made = await createCourse(t.db, {
    sequential: options.sequential,
    lessons: [{ kind: "ARTICLE" }, { kind: "ARTICLE" }, { kind: "QUIZ" }],
  });
  await t.db.lesson.update({ where: { id: made.lessons[0]!.id }, data: { freePreview: true } });
  await t.db.lesson.updateMany({
    where: { id: { in: made.lessons.slice(1).map((l) => l.id) } },
    data: { body: "## Behind enrolment\n\nOnly for enrolled learners." },
  });
  return made;
}

describe("the learner's part of a cached lesson page", () => {
  it("tells an anonymous caller nothing", async () => {
    const { course, lessons } = await courseWithPreview();
    expect(await getLessonStateResponse(null, course.slug, lessons[1]!.slug)).toEqual({ viewer: null, state: null });
  });

  it("gives a signed-in visitor who is not enrolled the call to enrol, and no gated text", async () => {
    const { course, lessons } = await courseWithPreview();
    const visitor = await createUser(t.db, { name: "Vera Visitor" });
    const answer = await getLessonStateResponse(visitor, course.slug, lessons[1]!.slug);
    expect(answer?.viewer).toEqual({
      name: "Vera Visitor",
      email: visitor.email,
      role: "LEARNER",
      timeZone: "UTC",
      hour12: false,
    });
    expect(answer?.state).toMatchObject({
      enrolled: false,
      percent: null,
      cta: { kind: "enrol" },
      lesson: { readable: false, content: null },
    });
    expect(answer?.state?.readableIds).toEqual([lessons[0]!.id]);
  });

  it("gives an enrolled learner their ticks, percent and the gated lesson's text and quiz, but not the preview's text again", async () => {
    const { course, lessons } = await courseWithPreview();
    const learner = await createUser(t.db);
    await enrollInFreeCourse(learner.id, course.slug);
    await completeLesson(learner.id, lessons[0]!.id, "read");

    const gated = await getLessonStateResponse(learner, course.slug, lessons[1]!.slug);
    expect(gated?.state).toMatchObject({
      enrolled: true,
      percent: 33,
      completedIds: [lessons[0]!.id],
      cta: { kind: "continue" },
      lesson: { readable: true, completed: false },
    });
    expect(gated?.state?.lesson.content?.html).toContain('<h2 id="behind-enrolment">');
    expect(gated?.state?.lesson.content?.toc).toEqual([{ id: "behind-enrolment", text: "Behind enrolment", depth: 2 }]);
    expect(gated?.state?.lesson.content?.activity).toEqual({ kind: "read" });

    const quiz = await getLessonStateResponse(learner, course.slug, lessons[2]!.slug);
    const activity = quiz?.state?.lesson.content?.activity;
    expect(activity?.kind).toBe("quiz");
    // The quiz goes out without its answer key.
    expect(JSON.stringify(activity)).not.toMatch(/correct/i);

    const preview = await getLessonStateResponse(learner, course.slug, lessons[0]!.slug);
    expect(preview?.state?.lesson).toMatchObject({ completed: true, readable: true, content: null });
  });

  it("keeps a sequential course's later lessons locked, text included", async () => {
    const { course, lessons } = await courseWithPreview({ sequential: true });
    const learner = await createUser(t.db);
    await enrollInFreeCourse(learner.id, course.slug);
    const later = await getLessonStateResponse(learner, course.slug, lessons[2]!.slug);
    expect(later?.state?.lesson).toMatchObject({ readable: false, content: null });
  });

  it("answers a session that no longer holds (signed out everywhere, disabled, unknown) as anonymous", async () => {
    const { course, lessons } = await courseWithPreview();
    const learner = await createUser(t.db);
    await enrollInFreeCourse(learner.id, course.slug);
    const claims = await sessionOf(learner);
    expect((await answerFor(claims, course.slug, lessons[1]!.slug))?.user?.id).toBe(learner.id);

    await t.db.user.update({ where: { id: learner.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await answerFor(claims, course.slug, lessons[1]!.slug)).toEqual({
      user: null,
      body: { viewer: null, state: null },
    });
    const renewed = { ...claims, sv: claims.sv + 1 };
    expect((await answerFor(renewed, course.slug, lessons[1]!.slug))?.body.state?.lesson.content).not.toBeNull();

    await t.db.user.update({ where: { id: learner.id }, data: { disabledAt: new Date() } });
    expect((await answerFor(renewed, course.slug, lessons[1]!.slug))?.user).toBeNull();
    expect((await answerFor({ ...renewed, sub: "no-such-user" }, course.slug, lessons[1]!.slug))?.body).toEqual({
      viewer: null,
      state: null,
    });
    const longAgo = { ...renewed, authTime: renewed.authTime - 31 * 86_400 };
    await t.db.user.update({ where: { id: learner.id }, data: { disabledAt: null } });
    expect((await answerFor(longAgo, course.slug, lessons[1]!.slug))?.user).toBeNull();
  });

  it("gives back the saved quiz attempt with the quiz lesson", async () => {
    const { course, lessons } = await courseWithPreview();
    const learner = await createUser(t.db);
    await enrollInFreeCourse(learner.id, course.slug);
    await t.db.quizAttempt.create({
      data: {
        userId: learner.id,
        lessonId: lessons[2]!.id,
        score: 40,
        passed: false,
        answers: {},
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    await t.db.quizAttempt.create({
      data: { userId: learner.id, lessonId: lessons[2]!.id, score: 100, passed: true, answers: {} },
    });
    const quiz = await getLessonStateResponse(learner, course.slug, lessons[2]!.slug);
    expect(quiz?.state?.lesson.lastAttempt).toEqual({ score: 100, passed: true });
  });

  it("gives the course page its learner's progress, ticks and call to action, and nothing to anyone else", async () => {
    const { course, lessons } = await courseWithPreview();
    const learner = await createUser(t.db, { name: "Cora Course" });
    expect((await getCourseStateResponse(await sessionOf(learner), course.slug))?.body.state).toMatchObject({
      enrolled: false,
      cta: { kind: "enrol" },
    });
    await enrollInFreeCourse(learner.id, course.slug);
    await completeLesson(learner.id, lessons[0]!.id, "read");
    const answer = await getCourseStateResponse(await sessionOf(learner), course.slug);
    expect(answer?.body.viewer).toEqual({
      name: "Cora Course",
      email: learner.email,
      role: "LEARNER",
      timeZone: "UTC",
      hour12: false,
    });
    expect(answer?.body.state).toMatchObject({
      enrolled: true,
      percent: 33,
      completedIds: [lessons[0]!.id],
      cta: { kind: "continue" },
    });
    expect(answer?.body.state).not.toHaveProperty("lesson");
    expect(await getCourseStateResponse(null, course.slug)).toEqual({
      user: null,
      body: { viewer: null, state: null },
    });
    expect(await getCourseStateResponse({ ...(await sessionOf(learner)), sv: 99 }, course.slug)).toEqual({
      user: null,
      body: { viewer: null, state: null },
    });
    expect(await getCourseStateResponse(await sessionOf(learner), "no-such-course")).toBeNull();
  });

  it("answers null for a lesson that does not exist", async () => {
    const { course } = await courseWithPreview();
    const learner = await createUser(t.db);
    expect(await getLessonStateResponse(learner, course.slug, "no-such-lesson")).toBeNull();
    expect(await getLessonStateResponse(learner, "no-such-course", "l1")).toBeNull();
  });
});
