// Every exercise's model solution through the sandbox, as the server checks a learner's answer: one child process
// per check (QuickJS, Pyodide in an empty realm, or the service engine) behind bubblewrap where the host has it.
// The known-wrong answers are refused in the same engines in process by seeded-exercises.test.ts; these steps
// show the sandbox itself accepts what it must (and, for the language dispatch and service projects, refuses).
// Its own file so that vitest's two workers share the suite's two longest steps.
// @no-database-pass: the test database only holds the seeded curriculum here; every check runs in the learner's
// engines, so CI's PostgreSQL pass (scripts/database-test-files.mjs) leaves this file out.
import { beforeAll, describe, expect, it } from "vitest";
import { codeVariants } from "@/lib/content/schema";
import { checkExerciseAnswer } from "@/lib/learning/exercise-check";
import { serviceStarterFiles } from "@/lib/content/service-schema";
import { serviceAnswer, serviceModelAnswer, serviceWrongAnswers } from "@/lib/learning/service/service-answer";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { only, seededExercises, type SeededExercises } from "./seeded-exercise-list";

let t: TestDatabase;
let jsExercises: SeededExercises["jsExercises"];
let pythonExercises: SeededExercises["pythonExercises"];
let multiLanguage: SeededExercises["multiLanguage"];
let serviceExercises: SeededExercises["serviceExercises"];

beforeAll(async () => {
  t = await useTestDatabase();
  ({ jsExercises, pythonExercises, multiLanguage, serviceExercises } = await seededExercises(t));
}, 300_000);

describe("seeded exercises in the sandbox", () => {
  it("the server checks an exercise in both languages in the language the learner chose", async () => {
    // Every model solution in each language goes through the sandbox below; here one exercise shows that the
    // language decides which tests run (a property of the check, not of an exercise's content).
    const sample = multiLanguage.find(({ exercise }) => exercise.type === "code")?.exercise;
    if (!sample || sample.type !== "code") return expect(only, "no exercise offers two languages").toBeTruthy();
    for (const variant of codeVariants(sample)) {
      const wrong = await checkExerciseAnswer(sample, variant.wrongSolutions[0]!.solution, variant.language);
      expect(wrong.passed, `accepts a known-wrong ${variant.language} solution`).toBe(false);
      // A solution checked as the other language fails: the chosen language decides which tests run.
      const other = codeVariants(sample).find((v) => v.language !== variant.language)!;
      const crossed = await checkExerciseAnswer(sample, variant.solution, other.language);
      expect(crossed.passed, `a ${variant.language} answer passes as ${other.language}`).toBe(false);
    }
  }, 1_200_000);

  it("every JavaScript and Python solution passes the server's own check in its sandbox", async () => {
    // An exercise in several languages is checked as the learner's choice of each, through the real dispatch.
    const single = [...jsExercises, ...pythonExercises].filter(({ inSeveral }) => !inSeveral);
    const checks = [
      ...single.map(({ slug, exercise }) => ({
        slug,
        run: () => checkExerciseAnswer({ type: "code", ...exercise }, exercise.solution),
      })),
      ...multiLanguage.flatMap(({ slug, exercise }) =>
        exercise.type === "code"
          ? codeVariants(exercise).map((variant) => ({
              slug: `${slug} (${variant.language})`,
              run: () => checkExerciseAnswer(exercise, variant.solution, variant.language),
            }))
          : [],
      ),
    ];
    for (const { slug, run } of checks) {
      const check = await run();
      expect({ slug, ...check }, `${slug}: the server refuses the model solution`).toMatchObject({
        slug,
        passed: true,
      });
    }
  }, 1_200_000);

  it("every small-service model project passes the server's check in its sandbox; its starter and each known-wrong project fail a request", async () => {
    for (const { slug, exercise } of serviceExercises) {
      expect(exercise.wrongSolutions.length, `${slug}: known-wrong projects`).toBeGreaterThanOrEqual(5);
      const model = await checkExerciseAnswer(exercise, serviceModelAnswer(exercise));
      expect({ slug, ...model }, `${slug}: the server refuses the model project`).toMatchObject({ slug, passed: true });
      const wrong = [
        { mistake: "the starter", answer: serviceAnswer(exercise, serviceStarterFiles(exercise)) },
        ...serviceWrongAnswers(exercise),
      ];
      // Side by side, as publishing runs them: the sandbox's queue decides how many at once.
      const verdicts = await Promise.all(wrong.map((w) => checkExerciseAnswer(exercise, w.answer)));
      wrong.forEach((w, index) => {
        expect(verdicts[index]!.passed, `${slug}: the server accepts a known-wrong project (${w.mistake})`).toBe(false);
      });
    }
  }, 1_200_000);
});
