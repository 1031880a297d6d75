// "Live enrolment" is one rule (lib/enrolment/rules.ts); saveVideoPosition used to let any
// enrolment through, a refunded or cancelled one included.
import { beforeAll, describe, expect, it } from "vitest";
import { enrollInFreeCourse, recordLessonView, saveVideoPosition } from "@/lib/learning/mutations";
import { createUser } from "../../helpers/fixtures";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { createCourse } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe("a refunded or cancelled enrolment gives no access to saving progress", () => {
  it("saves the video position for a live enrolment and refuses it once the enrolment is refunded", async () => {
    const { course, lessons } = await createCourse(t.db, { lessons: [{ kind: "VIDEO" }] });
    const learner = await createUser(t.db);
    await enrollInFreeCourse(learner.id, course.slug);
    await saveVideoPosition(learner.id, lessons[0]!.id, 42);
    expect((await t.db.lessonProgress.findFirstOrThrow({ where: { userId: learner.id } })).videoSeconds).toBe(42);

    for (const status of ["REFUNDED", "CANCELLED"] as const) {
      await t.db.enrollment.updateMany({ where: { userId: learner.id, courseId: course.id }, data: { status } });
      await expect(saveVideoPosition(learner.id, lessons[0]!.id, 99)).rejects.toThrow(/Enrol in this course/);
      await recordLessonView(learner.id, lessons[0]!.id);
      expect((await t.db.lessonProgress.findFirstOrThrow({ where: { userId: learner.id } })).videoSeconds, status).toBe(
        42,
      );
    }
  });
});
