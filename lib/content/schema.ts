import { z } from "zod";
import { serviceExerciseSchema, type ServiceExercise } from "./service-schema";

// Front matter of the curriculum Markdown under prisma/content/ (see README "Writing content").

const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase words joined by hyphens");

export const cohortFrontSchema = z.object({
  title: z.string().min(3),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  seats: z.number().int().positive(),
  timeZone: z.string().min(1),
});

export const courseFrontSchema = z.object({
  title: z.string().min(3).max(120),
  summary: z.string().min(10).max(240),
  topic: z.enum(["apis", "databases", "security", "performance", "cloud", "career"]),
  level: z.enum(["beginner", "intermediate", "advanced"]),
  format: z.enum(["self-paced", "cohort"]),
  priceCents: z.number().int().min(0),
  currency: z.string().length(3).default("usd"),
  instructor: z.email(),
  featured: z.boolean().default(false),
  sequential: z.boolean().default(false),
  outcomes: z.array(z.string().min(3)).min(1),
  cohorts: z.array(cohortFrontSchema).default([]),
});

export const moduleFrontSchema = z.object({
  title: z.string().min(3),
  summary: z.string().default(""),
  /** Drip release in a cohort course: the module opens this many days after the cohort starts (local midnight). */
  releaseDay: z.number().int().min(0).max(366).optional(),
});

export const quizFrontSchema = z.object({
  passPercent: z.number().int().min(1).max(100).default(70),
  questions: z
    .array(
      z.object({
        prompt: z.string().min(3),
        multiple: z.boolean().default(false),
        explanation: z.string().default(""),
        choices: z
          .array(z.object({ text: z.string().min(1), correct: z.boolean() }))
          .min(2)
          .refine((choices) => choices.some((c) => c.correct), "at least one choice must be correct"),
      }),
    )
    .min(1),
});

/** A known-wrong answer (the mistake the lesson warns about): the curriculum tests check it is rejected. */
export const wrongSolutionSchema = z.object({ mistake: z.string().min(3), solution: z.string().min(1) });

export const sqlExerciseSchema = z.object({
  setup: z.string().min(1),
  starter: z.string().default(""),
  solution: z.string().min(1),
  orderMatters: z.boolean().default(false),
  hints: z.array(z.string()).default([]),
  wrongSolutions: z.array(wrongSolutionSchema).default([]),
});

const jsonValue: z.ZodType<unknown> = z.unknown();
const javascriptTestSchema = z.object({ name: z.string().min(1), args: z.array(jsonValue), expected: jsonValue });

export const javascriptExerciseSchema = z.object({
  language: z.literal("javascript"),
  functionName: z.string().regex(/^[A-Za-z_$][\w$]*$/),
  starter: z.string().min(1),
  solution: z.string().min(1),
  tests: z.array(javascriptTestSchema).min(1),
  /** Checked only on the server, never sent to the browser: a lookup table of the visible tests fails them. */
  hiddenTests: z.array(javascriptTestSchema).default([]),
  hints: z.array(z.string()).default([]),
  wrongSolutions: z.array(wrongSolutionSchema).default([]),
});

/**
 * Python: `tests` is Python source holding `def test_<name>():` functions with plain asserts. `hiddenTests`
 * is more of the same, checked only on the server after `tests` (it may use their helpers and constants).
 * Each assert is `assert <expression>` or one comparison; the side made only of literals is the expected
 * value, which never enters the sandbox that runs the learner's code (lib/learning/grading).
 */
export const pythonExerciseSchema = z.object({
  language: z.literal("python"),
  functionName: z.string().regex(/^[a-z_][a-z0-9_]*$/, "use a snake_case function name"),
  starter: z.string().min(1),
  solution: z.string().min(1),
  tests: z.string().regex(/^def test_\w+\(\):/m, "write the tests as `def test_<name>():` functions"),
  hiddenTests: z
    .string()
    .default("")
    .refine(
      (text) => !text.trim() || /^def test_\w+\(\):/m.test(text),
      "write the hidden tests as `def test_<name>():` functions",
    ),
  hints: z.array(z.string()).default([]),
  wrongSolutions: z.array(wrongSolutionSchema).default([]),
});

/** One language's exercise: starter, tests, solution and known-wrong solutions. */
export const singleLanguageExerciseSchema = z.discriminatedUnion("language", [
  javascriptExerciseSchema,
  pythonExerciseSchema,
]);

/**
 * An exercise the learner may solve in either language: `languages` lists one complete exercise per language
 * (each with its own function name, starter, tests, solution and wrongSolutions); the first is shown first.
 */
export const multiLanguageExerciseSchema = z.object({
  languages: z
    .array(singleLanguageExerciseSchema)
    .min(2, "list at least two languages, or write a single-language exercise")
    .refine(
      (variants) => new Set(variants.map((v) => v.language)).size === variants.length,
      "offer each language once",
    ),
});

/** A hidden mutant of a "write the tests" exercise: a realistic bug, and the hint a learner sees if it survives. */
export const mutantSchema = z.object({
  name: z.string().min(3),
  hint: z.string().min(10),
  code: z.string().min(1),
});

/**
 * "Write the tests": the learner writes a test suite for `subject` (JavaScript: `test(name, fn)` with
 * `expect(x).toBe/toEqual/toThrow`; Python: `def test_<name>():` functions with plain asserts). It must pass on
 * `reference` and fail on at least `minKilled` of the `mutants`. `solution` is the model suite (shown only
 * after a pass); `wrongSolutions` are weak suites that must be rejected. The reference reaches the browser
 * only when `showReference` is true.
 */
export const writeTestsFieldsSchema = z.object({
  task: z.literal("write-tests"),
  language: z.enum(["javascript", "python"]),
  subject: z.string().regex(/^[A-Za-z_$][\w$]*$/, "name the function under test"),
  reference: z.string().min(1),
  showReference: z.boolean().default(false),
  starter: z.string().min(1),
  solution: z.string().min(1),
  mutants: z.array(mutantSchema).min(1, "add at least one mutant"),
  minKilled: z.number().int().min(1),
  hints: z.array(z.string()).default([]),
  wrongSolutions: z.array(wrongSolutionSchema).default([]),
});
export const writeTestsExerciseSchema = writeTestsFieldsSchema.refine((e) => e.minKilled <= e.mutants.length, {
  path: ["minKilled"],
  message: "ask for at most as many caught mutants as there are mutants",
});

const writesTests = (value: unknown) =>
  typeof value === "object" && value !== null && (value as { task?: unknown }).task === "write-tests";

const offersLanguages = (value: unknown) => typeof value === "object" && value !== null && "languages" in value;

/**
 * A code exercise in one language, or in several (`languages: [...]`). Chosen by the shape rather than a
 * union, so a mistake is reported at its field (exercise.tests, exercise.languages.1.solution), not as
 * "matches no option".
 */
export const codeExerciseSchema = z.unknown().transform((value, ctx): CodeExercise => {
  const parsed = (offersLanguages(value) ? multiLanguageExerciseSchema : singleLanguageExerciseSchema).safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  return z.NEVER;
});

const buildsService = (value: unknown) =>
  typeof value === "object" && value !== null && (value as { task?: unknown }).task === "service";

/**
 * A `kind: code` lesson's exercise: "write the tests" when it says `task: write-tests`, a small multi-file
 * service when it says `task: service` (lib/content/service-schema.ts), else a code exercise.
 */
export const codeLessonExerciseSchema = z.unknown().transform((value, ctx): CodeLessonExercise => {
  const schema: z.ZodType<CodeLessonExercise, unknown> = writesTests(value)
    ? writeTestsExerciseSchema
    : buildsService(value)
      ? serviceExerciseSchema
      : codeExerciseSchema;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  return z.NEVER;
});

export const lessonFrontSchema = z.object({
  title: z.string().min(3).max(160),
  kind: z.enum(["article", "video", "quiz", "sql", "code", "python"]),
  minutes: z.number().int().min(1).max(600),
  freePreview: z.boolean().default(false),
  video: z.object({ url: z.url(), captions: z.string().default("") }).optional(),
  quiz: quizFrontSchema.optional(),
  exercise: z.unknown().optional(),
});

export { slugSchema };
export type CourseFront = z.infer<typeof courseFrontSchema>;
export type LessonFront = z.infer<typeof lessonFrontSchema>;
export type QuizFront = z.infer<typeof quizFrontSchema>;
export type SqlExercise = z.infer<typeof sqlExerciseSchema>;
export type PythonExercise = z.infer<typeof pythonExerciseSchema>;
export type JavascriptExercise = z.infer<typeof javascriptExerciseSchema>;
export type SingleLanguageExercise = JavascriptExercise | PythonExercise;
export type MultiLanguageExercise = z.infer<typeof multiLanguageExerciseSchema>;
export type WriteTestsExercise = z.infer<typeof writeTestsExerciseSchema>;
export type Mutant = z.infer<typeof mutantSchema>;
export type CodeExercise = SingleLanguageExercise | MultiLanguageExercise;
/** Any exercise of a `kind: code` lesson: write a function, "write the tests", or build a small service. */
export type CodeLessonExercise = CodeExercise | WriteTestsExercise | ServiceExercise;
export type CodeLanguage = SingleLanguageExercise["language"];
export const CODE_LANGUAGES = ["javascript", "python"] as const satisfies readonly CodeLanguage[];

/** The languages an exercise offers, each a complete exercise; the first is the one shown first. */
export function codeVariants<T extends { language: CodeLanguage }>(exercise: T | { languages: T[] }): T[] {
  return "languages" in exercise ? exercise.languages : [exercise];
}

/** The exercise in `language`, or in its first language when none is asked for; null when not offered. */
export function codeVariant<T extends { language: CodeLanguage }>(
  exercise: T | { languages: T[] },
  language?: CodeLanguage | null,
): T | null {
  const variants = codeVariants(exercise);
  return language ? (variants.find((v) => v.language === language) ?? null) : variants[0]!;
}
export type WrongSolution = z.infer<typeof wrongSolutionSchema>;

/** A small multi-file service ("task: service") rather than a function or a test suite to write. */
export const isServiceExercise = (exercise: CodeLessonExercise): exercise is ServiceExercise =>
  "task" in exercise && exercise.task === "service";

/** The exercise when the learner writes a function (in one language or several); null for the other tasks. */
export function functionExercise(exercise: CodeLessonExercise): CodeExercise | null {
  return "task" in exercise ? null : exercise;
}

/** The exercise when it is "write the tests"; null otherwise. */
export function writeTestsExercise(exercise: CodeLessonExercise): WriteTestsExercise | null {
  return "task" in exercise && exercise.task === "write-tests" ? exercise : null;
}
