// Server-checked exercise submissions are recorded as numbered attempts, and the studio's analytics show
// each exercise's first-try pass rate from them.
import { beforeAll, describe, expect, it } from "vitest";
import { submitExercise } from "@/lib/learning/exercise-submission";
import { enrollInFreeCourse } from "@/lib/learning/mutations";
import { getCourseAnalytics } from "@/lib/studio/analytics-service";
import { saveDraft } from "@/lib/studio/draft-service";
import { createLesson } from "@/lib/studio/outline-service";
import { publishCourse } from "@/lib/studio/publish-service";
import { getLessonForEditing } from "@/lib/studio/queries";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { makeCourse, makeUser } from "./fixtures";

let t: TestDatabase;
let owner: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  t = await useTestDatabase();
  owner = await makeUser(t.db);
});

async function write(lessonId: string, body: string) {
  const editing = await getLessonForEditing(owner, lessonId);
  await saveDraft(owner, { lessonId, ...editing.token, content: { ...editing.content, body } });
}

const RIGHT = "function solve(n) {\n  return n * 2;\n}";
const WRONG = "function solve(n) {\n  return n + 1;\n}";

describe("exercise attempts", () => {
  it("numbers every submission in the progress transaction and reports first-try pass rates", async () => {
    const { courseId, slug, moduleId, lessonId } = await makeCourse(t.db, owner);
    await write(lessonId, "Read me.");
    const code = await createLesson(owner, { moduleId, title: "Double it", kind: "code" });
    await write(code.id, "Write `solve`.");
    expect((await publishCourse(owner, { courseId })).ok).toBe(true);

    const [retrier, natural, stranger] = await Promise.all([1, 2, 3].map(() => makeUser(t.db, "LEARNER")));
    await enrollInFreeCourse(retrier!.id, slug);
    await enrollInFreeCourse(natural!.id, slug);

    expect((await submitExercise(retrier!.id, code.id, WRONG)).passed).toBe(false);
    expect((await submitExercise(retrier!.id, code.id, RIGHT)).passed).toBe(true);
    expect((await submitExercise(retrier!.id, code.id, RIGHT)).passed).toBe(true);
    expect((await submitExercise(natural!.id, code.id, RIGHT)).passed).toBe(true);
    // Not enrolled: refused before any check, nothing recorded.
    await expect(submitExercise(stranger!.id, code.id, RIGHT)).rejects.toThrow(/Enrol in this course/);

    const attempts = await t.db.exerciseAttempt.findMany({
      where: { lessonId: code.id },
      orderBy: [{ userId: "asc" }, { attemptNo: "asc" }],
      select: { userId: true, courseId: true, attemptNo: true, passed: true },
    });
    expect(attempts.filter((a) => a.userId === retrier!.id)).toEqual([
      { userId: retrier!.id, courseId, attemptNo: 1, passed: false },
      { userId: retrier!.id, courseId, attemptNo: 2, passed: true },
      { userId: retrier!.id, courseId, attemptNo: 3, passed: true },
    ]);
    expect(attempts.filter((a) => a.userId === natural!.id)).toEqual([
      { userId: natural!.id, courseId, attemptNo: 1, passed: true },
    ]);
    expect(attempts.some((a) => a.userId === stranger!.id)).toBe(false);

    const analytics = await getCourseAnalytics(owner, courseId);
    expect(analytics.exercises).toEqual([
      { lesson: "Double it", kind: "Code", learners: 2, firstTryPassed: 1, firstTryPassShare: 50 },
    ]);
  });

  it("numbers two submissions sent at once 1 and 2, never twice the same", async () => {
    const { courseId, slug, moduleId, lessonId } = await makeCourse(t.db, owner);
    await write(lessonId, "Read me.");
    const code = await createLesson(owner, { moduleId, title: "Double it again", kind: "code" });
    await write(code.id, "Write `solve`.");
    await publishCourse(owner, { courseId });
    const learner = await makeUser(t.db, "LEARNER");
    await enrollInFreeCourse(learner.id, slug);
    await Promise.all([submitExercise(learner.id, code.id, WRONG), submitExercise(learner.id, code.id, RIGHT)]);
    const numbers = await t.db.exerciseAttempt.findMany({
      where: { lessonId: code.id },
      orderBy: { attemptNo: "asc" },
      select: { attemptNo: true },
    });
    expect(numbers.map((n) => n.attemptNo)).toEqual([1, 2]);
  });
});
