import { z } from "zod";

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

export const javascriptExerciseSchema = z.object({
  language: z.literal("javascript"),
  functionName: z.string().regex(/^[A-Za-z_$][\w$]*$/),
  starter: z.string().min(1),
  solution: z.string().min(1),
  tests: z.array(z.object({ name: z.string().min(1), args: z.array(jsonValue), expected: jsonValue })).min(1),
  hints: z.array(z.string()).default([]),
  wrongSolutions: z.array(wrongSolutionSchema).default([]),
});

/** Python: `tests` is Python source holding `def test_<name>():` functions with plain asserts. */
export const pythonExerciseSchema = z.object({
  language: z.literal("python"),
  functionName: z.string().regex(/^[a-z_][a-z0-9_]*$/, "use a snake_case function name"),
  starter: z.string().min(1),
  solution: z.string().min(1),
  tests: z.string().regex(/^def test_\w+\(\):/m, "write the tests as `def test_<name>():` functions"),
  hints: z.array(z.string()).default([]),
  wrongSolutions: z.array(wrongSolutionSchema).default([]),
});

export const codeExerciseSchema = z.discriminatedUnion("language", [javascriptExerciseSchema, pythonExerciseSchema]);

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
export type CodeExercise = z.infer<typeof codeExerciseSchema>;
export type PythonExercise = z.infer<typeof pythonExerciseSchema>;
export type JavascriptExercise = z.infer<typeof javascriptExerciseSchema>;
export type WrongSolution = z.infer<typeof wrongSolutionSchema>;
