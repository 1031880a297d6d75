import { z } from "zod";
import {
  javascriptExerciseSchema,
  multiLanguageExerciseSchema,
  pythonExerciseSchema,
  sqlExerciseSchema,
  writeTestsFieldsSchema,
  CODE_LANGUAGES,
  type JavascriptExercise,
  type PythonExercise,
  type WriteTestsExercise,
} from "../content/schema";
import { serviceFieldsSchema, type RequestCase, type ServiceExercise } from "../content/service-schema";

const id = z.string().trim().min(1, "Missing id.").max(64);
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Invalid link.")
  .max(120);
/** A course or lesson slug as it arrives in a URL or form. */
export const slugSchema = slug;

/** The exercise JSON stored on a lesson (written by the seed and the studio). */
export const lessonExerciseSchema = z.union([
  sqlExerciseSchema.extend({ type: z.literal("sql") }),
  writeTestsFieldsSchema.extend({ type: z.literal("code") }),
  serviceFieldsSchema.extend({ type: z.literal("code") }),
  javascriptExerciseSchema.extend({ type: z.literal("code") }),
  pythonExerciseSchema.extend({ type: z.literal("code") }),
  multiLanguageExerciseSchema.extend({ type: z.literal("code") }),
]);
export type LessonExercise = z.infer<typeof lessonExerciseSchema>;
export type SqlLessonExercise = Extract<LessonExercise, { type: "sql" }>;
export type CodeLessonExercise = Extract<LessonExercise, { type: "code" }>;
export type JavascriptLessonExercise = Exclude<
  Extract<CodeLessonExercise, { language: "javascript" }>,
  { task: "write-tests" | "service" }
>;
export type PythonLessonExercise = Exclude<
  Extract<CodeLessonExercise, { language: "python" }>,
  { task: "write-tests" }
>;
export type MultiLanguageLessonExercise = Extract<CodeLessonExercise, { languages: unknown }>;
export type WriteTestsLessonExercise = Extract<CodeLessonExercise, { task: "write-tests" }>;
export type ServiceLessonExercise = Extract<CodeLessonExercise, { task: "service" }>;
/** A code exercise in which the learner writes the function (neither "write the tests" nor a service). */
export type FunctionLessonExercise = Exclude<CodeLessonExercise, WriteTestsLessonExercise | ServiceLessonExercise>;

export const isWriteTests = (exercise: LessonExercise): exercise is WriteTestsLessonExercise =>
  exercise.type === "code" && "task" in exercise && exercise.task === "write-tests";

export const isService = (exercise: LessonExercise): exercise is ServiceLessonExercise =>
  exercise.type === "code" && "task" in exercise && exercise.task === "service";

/**
 * What the browser may hold of a small-service exercise before it is solved: the files' starters (never their
 * model versions), the visible requests with their expectations, and only the names of the hidden ones.
 */
export type ServiceView = Omit<ServiceExercise, "files" | "hiddenTests" | "wrongSolutions"> & {
  type: "code";
  files: { path: string; editable: boolean; starter: string }[];
  tests: RequestCase[];
  hiddenNames: string[];
};

export function toServiceView(exercise: ServiceLessonExercise): ServiceView {
  const { files, hiddenTests, wrongSolutions: _wrong, ...view } = exercise;
  return {
    ...view,
    files: files.map(({ path, editable, starter }) => ({ path, editable, starter })),
    hiddenNames: hiddenTests.map((t) => t.name),
  };
}

/**
 * What the browser may hold of a "write the tests" exercise: never the mutants (nor their hints), the model
 * suite or the weak suites; the reference only when the exercise shows it as part of the specification.
 */
export type WriteTestsView = Omit<WriteTestsExercise, "mutants" | "solution" | "wrongSolutions" | "reference"> & {
  type: "code";
  reference: string | null;
  mutantCount: number;
};

export function toWriteTestsView(exercise: WriteTestsLessonExercise): WriteTestsView {
  const { mutants, solution: _solution, wrongSolutions: _wrong, reference, ...view } = exercise;
  return { ...view, reference: exercise.showReference ? reference : null, mutantCount: mutants.length };
}

/**
 * What the browser may hold of an exercise before it is solved: everything but the solution, the
 * known-wrong answers and the hidden tests. The server keeps those and checks submissions itself.
 */
type ServerOnly = "solution" | "wrongSolutions" | "hiddenTests";
export type CodeVariantView = Omit<JavascriptExercise, ServerOnly> | Omit<PythonExercise, ServerOnly>;
export type ExerciseView =
  | Omit<SqlLessonExercise, ServerOnly>
  | Omit<JavascriptLessonExercise, ServerOnly>
  | Omit<PythonLessonExercise, ServerOnly>
  | { type: "code"; languages: CodeVariantView[] }
  | WriteTestsView
  | ServiceView;
export type SqlExerciseView = Extract<ExerciseView, { type: "sql" }>;
export type CodeExerciseView = Exclude<Extract<ExerciseView, { type: "code" }>, WriteTestsView | ServiceView>;

/** The exercise minus what the learner must not see (one object, whatever its kind). */
function withoutAnswers<T extends { solution: string; wrongSolutions: unknown; hiddenTests?: unknown }>(
  exercise: T,
): Omit<T, ServerOnly> {
  const { solution: _solution, wrongSolutions: _wrong, hiddenTests: _hidden, ...view } = exercise;
  return view;
}

export function toExerciseView(exercise: LessonExercise): ExerciseView {
  if (exercise.type === "sql") return withoutAnswers(exercise);
  if (isWriteTests(exercise)) return toWriteTestsView(exercise);
  if (isService(exercise)) return toServiceView(exercise);
  if ("languages" in exercise)
    return {
      type: "code",
      languages: exercise.languages.map((v) => (v.language === "python" ? withoutAnswers(v) : withoutAnswers(v))),
    };
  return exercise.language === "python" ? withoutAnswers(exercise) : withoutAnswers(exercise);
}

export function parseLessonExercise(value: unknown): LessonExercise | null {
  const parsed = lessonExerciseSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const enrollSchema = z.object({ courseSlug: slug });
export const joinWaitlistSchema = z.object({ courseSlug: slug, cohortId: id });
export const lessonRefSchema = z.object({ lessonId: id });
/** Only reading lessons are completed by a click; exercises by a checked submission, quizzes by a pass. */
export const completeLessonSchema = z.object({
  lessonId: id,
  method: z.literal("read", "Solve the exercise or pass the quiz to complete this lesson."),
});
/** A learner's SQL query or source code, checked on the server. */
export const submitExerciseSchema = z.object({
  lessonId: id,
  /** For an exercise offered in several languages: the one the answer is written in (else its first). */
  language: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.enum(CODE_LANGUAGES, "Choose JavaScript or Python.").optional(),
  ),
  answer: z
    .string()
    .max(20_000, "Your answer is too long (20,000 characters at most).")
    .refine((text) => text.trim().length > 0, "Write an answer first."),
});
/** One file of a small-service project as the learner is typing it, kept on the server (issue 29). */
export const saveServiceFileSchema = z.object({
  lessonId: id,
  path: z.string().trim().min(1, "Name the file.").max(200),
  source: z.string().max(20_000, "This file is too long to save (20,000 characters at most)."),
});
export const videoPositionSchema = z.object({
  lessonId: id,
  seconds: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60),
});

/** Quiz answers arrive as JSON in one form field: { questionId: choiceId[] }. */
export const quizAnswersSchema = z
  .record(id, z.array(id).max(20))
  .refine((value) => Object.keys(value).length <= 100, "Too many answers.");
export const submitQuizSchema = z.object({
  lessonId: id,
  answers: z
    .string()
    .max(20_000)
    .transform((text, ctx) => {
      try {
        const parsed = quizAnswersSchema.safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
      } catch {
        // fall through to the message below
      }
      ctx.addIssue({ code: "custom", message: "Your answers could not be read. Reload the page and try again." });
      return z.NEVER;
    }),
});
