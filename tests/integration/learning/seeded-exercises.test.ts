// Every exercise in the seed curriculum must pass its own checks: the SQL solution in PGlite (the
// engine the browser runs) and the code solution in the checker the browser worker uses.
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLearnerFunction, runCodeTests } from "@/lib/learning/code-check";
import { parseLessonExercise, type CodeLessonExercise, type SqlLessonExercise } from "@/lib/learning/schema";
import { checkSqlAnswer, runIsolated, SqlRunError, textParsers } from "@/lib/learning/sql-check";
import { seedDatabase } from "@/prisma/seed";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";

let t: TestDatabase;
type Seeded<E> = { slug: string; courseSlug: string; exercise: E };
let sqlExercises: Seeded<SqlLessonExercise>[] = [];
let codeExercises: Seeded<CodeLessonExercise>[] = [];
const engines: PGlite[] = [];

beforeAll(async () => {
  t = await useTestDatabase();
  await seedDatabase(t.db);
  // Read back from the database and parse exactly as the lesson page does.
  const lessons = await t.db.lesson.findMany({ where: { kind: { in: ["SQL_EXERCISE", "CODE_EXERCISE"] } }, select: { slug: true, kind: true, exercise: true, course: { select: { slug: true } } } });
  for (const lesson of lessons) {
    const exercise = parseLessonExercise(lesson.exercise);
    if (!exercise) throw new Error(`${lesson.course.slug}/${lesson.slug}: stored exercise does not parse`);
    expect(exercise.type).toBe(lesson.kind === "SQL_EXERCISE" ? "sql" : "code");
    if (exercise.type === "sql") sqlExercises.push({ slug: lesson.slug, courseSlug: lesson.course.slug, exercise });
    else codeExercises.push({ slug: lesson.slug, courseSlug: lesson.course.slug, exercise });
  }
  sqlExercises = sqlExercises.sort((a, b) => a.slug.localeCompare(b.slug));
  codeExercises = codeExercises.sort((a, b) => a.slug.localeCompare(b.slug));
}, 180_000);

afterAll(async () => {
  await Promise.all(engines.map((e) => e.close()));
});

describe("seeded exercises", () => {
  it("has at least 6 SQL and 4 code exercises, spread over the courses", () => {
    expect(sqlExercises.length).toBeGreaterThanOrEqual(6);
    expect(codeExercises.length).toBeGreaterThanOrEqual(4);
    expect(new Set([...sqlExercises, ...codeExercises].map((e) => e.courseSlug)).size).toBeGreaterThanOrEqual(2);
  });

  it("every SQL solution passes its own check in PGlite, and the starter query does not", async () => {
    for (const { slug, exercise } of sqlExercises) {
      const engine = new PGlite();
      engines.push(engine);
      await engine.exec(exercise.setup);
      const parsers = await textParsers(engine);
      const expected = await runIsolated(engine, exercise.solution, parsers);
      expect(expected.columns.length, `${slug}: solution returns columns`).toBeGreaterThan(0);
      expect(expected.rows.length, `${slug}: solution returns rows`).toBeGreaterThan(0);
      const own = await checkSqlAnswer(engine, exercise, expected, exercise.solution, parsers);
      expect(own.outcome, `${slug}: solution passes its own check`).toEqual({ ok: true });
      // Running twice gives the same answer: each run is rolled back, so DML exercises are repeatable.
      const again = await checkSqlAnswer(engine, exercise, expected, exercise.solution, parsers);
      expect(again.outcome, `${slug}: solution passes again`).toEqual({ ok: true });
      if (exercise.starter.trim()) {
        const starter = await checkSqlAnswer(engine, exercise, expected, exercise.starter, parsers).then(
          (check) => check.outcome.ok,
          (error: unknown) => {
            expect(error).toBeInstanceOf(SqlRunError);
            return false;
          },
        );
        expect(starter, `${slug}: the starter query must not already be the answer`).toBe(false);
      }
      await engine.close();
      engines.pop();
    }
  }, 180_000);

  it("every code solution passes all its tests, and the starter code fails at least one", async () => {
    for (const { slug, exercise } of codeExercises) {
      expect(exercise.tests.length, `${slug}: has tests`).toBeGreaterThanOrEqual(3);
      const results = await runCodeTests(loadLearnerFunction(exercise.solution, exercise.functionName), exercise.tests);
      expect(results.filter((r) => !r.passed).map((r) => `${r.name}: expected ${r.expected}, got ${r.actual ?? r.error}`), `${slug}: failing tests`).toEqual([]);
      const starter = await runCodeTests(loadLearnerFunction(exercise.starter, exercise.functionName), exercise.tests);
      expect(starter.some((r) => !r.passed), `${slug}: the starter must not already pass`).toBe(true);
    }
  });
});
