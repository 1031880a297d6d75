// Runs a code exercise in the server's exercise sandbox (lib/learning/sandbox, the one that checks learners'
// answers) before it may be published: the solution must pass every test, while the starter and each
// known-wrong solution must not, or the exercise teaches nothing. JavaScript and Python alike.
import { DomainError } from "../actions/errors";
import { checkExerciseAnswer, type ExerciseCheck } from "../learning/exercise-check";
import { SolutionFailsError } from "../learning/grading/python-plan";
import type { CodeLanguage } from "../content/schema";
import { isService, isWriteTests, parseLessonExercise, type LessonExercise } from "../learning/schema";
import { verifyServiceExercise } from "./service-verify";
import { lessonRowData, type LessonContent } from "./lesson-content";
import { verifyWriteTestsExercise } from "./write-tests-verify";

export type CodeVerdict = { ok: true } | { ok: false; message: string };

type Run = ExerciseCheck | { error: string };

async function run(exercise: LessonExercise, answer: string, language: CodeLanguage): Promise<Run> {
  try {
    return await checkExerciseAnswer(exercise, answer, language, null, true);
  } catch (error) {
    // A Python exercise whose solution fails is found while its grading plan is made: the same verdict.
    if (error instanceof SolutionFailsError) return { passed: false, feedback: error.message, failing: error.failing };
    // A timeout or memory refusal names itself; anything else is the sandbox's trouble, not the author's.
    return { error: error instanceof DomainError ? error.message : "the exercise sandbox could not run it" };
  }
}

const passes = (outcome: Run) => !("error" in outcome) && outcome.passed;
const refuse = (message: string): CodeVerdict => ({ ok: false, message });
const LANGUAGE_NAMES: Record<CodeLanguage, string> = { javascript: "JavaScript", python: "Python" };

export async function verifyCodeExercise(content: LessonContent): Promise<CodeVerdict> {
  const exercise = parseLessonExercise(lessonRowData(content).exercise);
  if (!exercise || exercise.type !== "code") return refuse("its definition does not read; open it and save again.");
  if (isWriteTests(exercise)) return verifyWriteTestsExercise(exercise);
  if (isService(exercise)) return verifyServiceExercise(exercise);
  // An exercise offered in several languages must hold in each of them.
  const variants = "languages" in exercise ? exercise.languages : [exercise];
  for (const variant of variants) {
    const label = variants.length > 1 ? `in ${LANGUAGE_NAMES[variant.language]}, ` : "";
    const attempt = (answer: string) => run(exercise, answer, variant.language);
    const solution = await attempt(variant.solution);
    if ("error" in solution) return refuse(`${label}the solution could not be run (${solution.error}).`);
    if (!solution.passed)
      return refuse(`${label}the solution fails its own tests: ${solution.failing.join("; ") || solution.feedback}`);
    const [starter, ...wrong] = await Promise.all(
      [variant.starter, ...variant.wrongSolutions.map((w) => w.solution)].map(attempt),
    );
    if (passes(starter!))
      return refuse(`${label}the starter code already passes every test, so there is nothing to solve.`);
    const slipped = variant.wrongSolutions.find((_, index) => passes(wrong[index]!));
    if (slipped)
      return refuse(`${label}the known-wrong solution “${slipped.mistake}” passes every test; add a test it fails.`);
  }
  return { ok: true };
}

/** Checks several exercises one after another (the sandbox runs at most two processes at once anyway). */
export async function verifyCodeExercises(contents: LessonContent[]): Promise<CodeVerdict[]> {
  const verdicts: CodeVerdict[] = [];
  for (const content of contents) verdicts.push(await verifyCodeExercise(content));
  return verdicts;
}
