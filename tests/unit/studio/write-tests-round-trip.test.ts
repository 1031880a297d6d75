// A "write the tests" lesson survives the course format's round trip: curriculum file -> studio content ->
// exported file -> content again, mutants and weak suites included; and the learner's view of it holds none of
// the server-only parts.
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load-curriculum";
import { isWriteTests, parseLessonExercise, toExerciseView } from "@/lib/learning/schema";
import { lessonFileText } from "@/lib/studio/course-files";
import { contentOfCurriculumLesson } from "@/lib/studio/import-course";
import { lessonContentSchema, lessonRowData } from "@/lib/studio/lesson-content";

const course = loadCourse("prisma/content/testing-backends");
const lessons = course.modules.flatMap((m) => m.lessons).filter((l) => l.slug.startsWith("write-tests-"));

describe("write-the-tests lessons in the course format", () => {
  it("export and import give back the same content", () => {
    expect(lessons.length).toBeGreaterThanOrEqual(4);
    for (const lesson of lessons) {
      const content = contentOfCurriculumLesson(lesson);
      const { data, content: body } = matter(lessonFileText(content));
      expect(lessonContentSchema.parse({ ...data, body: body.trim() })).toEqual(content);
    }
  });

  it("the browser's view keeps no mutant, model suite, weak suite or hidden reference", () => {
    for (const lesson of lessons) {
      const stored = parseLessonExercise(lessonRowData(contentOfCurriculumLesson(lesson)).exercise);
      if (!stored || !isWriteTests(stored)) throw new Error(`${lesson.slug} does not read as write-the-tests`);
      const view = toExerciseView(stored);
      const text = JSON.stringify(view);
      for (const key of ["solution", "mutants", "wrongSolutions"]) expect(view).not.toHaveProperty(key);
      for (const mutant of stored.mutants) expect(text).not.toContain(mutant.hint);
      for (const weak of stored.wrongSolutions) expect(text).not.toContain(weak.mistake);
      expect(view).toMatchObject({
        reference: stored.showReference ? stored.reference : null,
        mutantCount: stored.mutants.length,
        minKilled: stored.minKilled,
      });
    }
  });
});
