// The curriculum's exercises as the seed stores them, read back and parsed exactly as the lesson page does, sorted
// into the lists the seeded-exercise tests walk (seeded-exercises.test.ts checks them in the engines in process,
// seeded-exercises-sandbox.test.ts through the sandbox as the server runs a check).
// SEEDED_EXERCISES_COURSE=<course slug> keeps one course's exercises (the seed still loads every course).
import { expect } from "vitest";
import { codeVariants, type JavascriptExercise, type PythonExercise } from "@/lib/content/schema";
import {
  isService,
  isWriteTests,
  parseLessonExercise,
  type FunctionLessonExercise,
  type ServiceLessonExercise,
  type SqlLessonExercise,
} from "@/lib/learning/schema";
import { seedDatabase } from "@/prisma/seed";
import type { TestDatabase } from "../../helpers/test-db";

export const only = process.env.SEEDED_EXERCISES_COURSE;
export type Seeded<E> = { slug: string; courseSlug: string; exercise: E };
/** `inSeveral`: a variant of an exercise offered in several languages (checked through the language dispatch). */
export type Variant<E> = Seeded<E> & { inSeveral: boolean };
export type SeededExercises = {
  sqlExercises: Seeded<SqlLessonExercise>[];
  /** One entry per language of a code exercise: an exercise in both languages is in both lists. */
  jsExercises: Variant<JavascriptExercise>[];
  pythonExercises: Variant<PythonExercise>[];
  multiLanguage: Seeded<FunctionLessonExercise>[];
  serviceExercises: Seeded<ServiceLessonExercise>[];
};

export async function seededExercises(t: TestDatabase): Promise<SeededExercises> {
  await seedDatabase(t.db);
  const found: SeededExercises = {
    sqlExercises: [],
    jsExercises: [],
    pythonExercises: [],
    multiLanguage: [],
    serviceExercises: [],
  };
  const lessons = await t.db.lesson.findMany({
    where: { kind: { in: ["SQL_EXERCISE", "CODE_EXERCISE"] } },
    orderBy: { slug: "asc" },
    select: { slug: true, kind: true, exercise: true, course: { select: { slug: true } } },
  });
  for (const lesson of lessons) {
    if (only && lesson.course.slug !== only) continue;
    const exercise = parseLessonExercise(lesson.exercise);
    if (!exercise) throw new Error(`${lesson.course.slug}/${lesson.slug}: stored exercise does not parse`);
    expect(exercise.type).toBe(lesson.kind === "SQL_EXERCISE" ? "sql" : "code");
    const seeded = { slug: `${lesson.course.slug}/${lesson.slug}`, courseSlug: lesson.course.slug };
    if (exercise.type === "sql") {
      found.sqlExercises.push({ ...seeded, exercise });
      continue;
    }
    // "Write the tests" exercises have their own check: tests/integration/exercises/write-tests.test.ts.
    if (isWriteTests(exercise)) continue;
    if (isService(exercise)) {
      found.serviceExercises.push({ ...seeded, exercise });
      continue;
    }
    if ("languages" in exercise) found.multiLanguage.push({ ...seeded, exercise });
    for (const variant of codeVariants(exercise)) {
      const slug = "languages" in exercise ? `${seeded.slug} (${variant.language})` : seeded.slug;
      const inSeveral = "languages" in exercise;
      if (variant.language === "python") found.pythonExercises.push({ ...seeded, slug, inSeveral, exercise: variant });
      else found.jsExercises.push({ ...seeded, slug, inSeveral, exercise: variant });
    }
  }
  return found;
}
