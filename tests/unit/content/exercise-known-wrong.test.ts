// Every exercise in the curriculum names the mistakes it is built to catch: at least five known-wrong solutions per
// language (SQL exercises too). The integration test tests/integration/learning/seeded-exercises.test.ts runs them
// and checks that each one is rejected; this check is the cheap half, so a lesson that lists too few fails in
// seconds instead of after the seed.
import { describe, expect, it } from "vitest";
import { loadCurriculum, type CurriculumLesson } from "@/lib/content/load-curriculum";
import { codeVariants, isServiceExercise } from "@/lib/content/schema";

const MIN_WRONG = 5;

type Counted = { where: string; wrong: { mistake: string; solution: string }[] };

function variantsOf(where: string, exercise: NonNullable<CurriculumLesson["exercise"]>): Counted[] {
  if (exercise.type === "sql") return [{ where, wrong: exercise.sql.wrongSolutions }];
  // A service's known-wrong project, compared as the files it replaces.
  if (isServiceExercise(exercise.code))
    return [
      {
        where,
        wrong: exercise.code.wrongSolutions.map((w) => ({ mistake: w.mistake, solution: JSON.stringify(w.files) })),
      },
    ];
  const variants = codeVariants(exercise.code);
  return variants.map((v) => ({
    where: variants.length > 1 ? `${where} (${v.language})` : where,
    wrong: v.wrongSolutions,
  }));
}

const exercises: Counted[] = loadCurriculum().flatMap((course) =>
  course.modules.flatMap((m) =>
    m.lessons.flatMap((l) => (l.exercise ? variantsOf(`${course.slug}/${m.slug}/${l.slug}`, l.exercise) : [])),
  ),
);

describe("known-wrong solutions", () => {
  it("the curriculum has exercises to check", () => {
    expect(exercises.length).toBeGreaterThan(0);
  });

  it(`every exercise, in every language it offers, lists at least ${MIN_WRONG} known-wrong solutions`, () => {
    const short = exercises.filter((e) => e.wrong.length < MIN_WRONG).map((e) => `${e.where}: ${e.wrong.length}`);
    expect(short, "exercises with too few wrongSolutions").toEqual([]);
  });

  it("no exercise lists the same wrong solution or the same mistake twice", () => {
    const repeated = exercises.flatMap((e) => {
      const solutions = e.wrong.map((w) => w.solution.replace(/\s+/g, " ").trim());
      const mistakes = e.wrong.map((w) => w.mistake.trim().toLowerCase());
      const dupes = [
        ...solutions.filter((s, i) => solutions.indexOf(s) !== i),
        ...mistakes.filter((m, i) => mistakes.indexOf(m) !== i),
      ];
      return dupes.length ? [`${e.where}: ${dupes[0]!.slice(0, 80)}`] : [];
    });
    expect(repeated).toEqual([]);
  });
});
