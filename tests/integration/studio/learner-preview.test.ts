// "Preview as a learner": only the course's staff (owner, co-instructor, admin) may open it or answer in it;
// the preview shows no answer key or solution before a pass, and nothing it does is recorded.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { addCoInstructor } from "@/lib/studio/course-service";
import { previewExerciseAction, previewQuizAction } from "@/lib/studio/actions";
import { getLessonPreview } from "@/lib/studio/learner-preview";
import { getLessonStateResponse } from "@/lib/learning/lesson-state";
import { saveDraft } from "@/lib/studio/draft-service";
import { createLesson } from "@/lib/studio/outline-service";
import { publishCourse } from "@/lib/studio/publish-service";
import { getLessonForEditing } from "@/lib/studio/queries";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { makeCourse, makeUser } from "./fixtures";

let t: TestDatabase;
type Person = Awaited<ReturnType<typeof makeUser>>;
const people = {} as Record<"owner" | "co" | "admin" | "other" | "learner", Person>;
let quizId = "";
let codeId = "";

beforeAll(async () => {
  t = await useTestDatabase();
  people.owner = await makeUser(t.db);
  people.co = await makeUser(t.db);
  people.other = await makeUser(t.db);
  people.admin = await makeUser(t.db, "ADMIN");
  people.learner = await makeUser(t.db, "LEARNER");
  const { courseId, moduleId } = await makeCourse(t.db, people.owner);
  await addCoInstructor(people.owner, { courseId, email: people.co.email });
  quizId = (await createLesson(people.owner, { moduleId, title: "Check yourself", kind: "quiz" })).id;
  codeId = (await createLesson(people.owner, { moduleId, title: "Double it", kind: "code" })).id;
});

async function recorded() {
  const [progress, quizAttempts, exerciseAttempts] = await Promise.all([
    t.db.lessonProgress.count(),
    t.db.quizAttempt.count(),
    t.db.exerciseAttempt.count(),
  ]);
  return { progress, quizAttempts, exerciseAttempts };
}

const RIGHT = "function solve(n) {\n  return n * 2;\n}";

describe("preview as a learner", () => {
  it("lets the owner, a co-instructor and an admin open it, without the answer key or solution", async () => {
    for (const who of [people.owner, people.co, people.admin]) {
      const preview = await getLessonPreview(who, quizId);
      expect(preview.content.activity.kind).toBe("quiz");
      expect(JSON.stringify(preview.content)).not.toMatch(/"correct"/);
    }
    const code = await getLessonPreview(people.co, codeId);
    expect(code.content.activity.kind).toBe("exercise");
    expect(JSON.stringify(code.content)).not.toContain("return n * 2");
    expect(JSON.stringify(code.content)).not.toContain("doubles a negative");
  });

  it("refuses another instructor and a learner", async () => {
    await expect(getLessonPreview(people.other, quizId)).rejects.toThrow(/cannot edit it/);
    await expect(getLessonPreview(people.learner, quizId)).rejects.toThrow();
    for (const who of [people.other, people.learner]) {
      const answer = await runAction(
        previewQuizAction.definition,
        { lessonId: quizId, answers: JSON.stringify({ q1: ["q1c1"] }) },
        scopeFor(claimsOf(who)),
      );
      expect(answer).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });

  it("offers staff, not learners, the preview instead of Enrol on the published lesson page", async () => {
    const { courseId, lessonId, slug } = await makeCourse(t.db, people.owner);
    const editing = await getLessonForEditing(people.owner, lessonId);
    await saveDraft(people.owner, { lessonId, ...editing.token, content: { ...editing.content, body: "Read me." } });
    expect((await publishCourse(people.owner, { courseId })).ok).toBe(true);
    const lessonSlug = (await t.db.lesson.findUniqueOrThrow({ where: { id: lessonId } })).slug;
    const stateOf = async (who: Person) =>
      (await getLessonStateResponse({ ...who, name: null, timeZone: "UTC" }, slug, lessonSlug))?.body.state?.lesson;
    expect((await stateOf(people.owner))?.staffPreviewHref).toBe(
      `/studio/courses/${courseId}/lessons/${lessonId}/preview`,
    );
    expect((await stateOf(people.admin))?.staffPreviewHref).toBeDefined();
    expect((await stateOf(people.learner))?.staffPreviewHref).toBeUndefined();
    expect((await stateOf(people.other))?.staffPreviewHref).toBeUndefined();
  });

  it("grades a quiz and checks an exercise as a learner's, and records nothing", async () => {
    const before = await recorded();
    const wrong = await runAction(
      previewQuizAction.definition,
      { lessonId: quizId, answers: JSON.stringify({ q1: ["q1c2"] }) },
      scopeFor(claimsOf(people.co)),
    );
    expect(wrong).toMatchObject({ ok: true, data: { passed: false, score: 0, questions: [] } });
    const right = await runAction(
      previewQuizAction.definition,
      { lessonId: quizId, answers: JSON.stringify({ q1: ["q1c1"] }) },
      scopeFor(claimsOf(people.owner)),
    );
    expect(right).toMatchObject({
      ok: true,
      data: { passed: true, score: 100, completed: false, questions: [{ id: "q1", correctChoiceIds: ["q1c1"] }] },
    });
    const exercise = await runAction(
      previewExerciseAction.definition,
      { lessonId: codeId, answer: RIGHT },
      scopeFor(claimsOf(people.admin)),
    );
    expect(exercise).toMatchObject({ ok: true, data: { passed: true, completion: null } });
    expect(await recorded()).toEqual(before);
  });
});
