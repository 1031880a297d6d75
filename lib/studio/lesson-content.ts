// A lesson as the studio edits it: the curriculum's lesson front matter plus its Markdown body, so a draft,
// a published version and an exported `.md` file are the same data (see lib/content/schema.ts).
import { z } from "zod";
import {
  codeLessonExerciseSchema,
  lessonFrontSchema,
  quizFrontSchema,
  sqlExerciseSchema,
  type CodeLessonExercise,
  type LessonFront,
  type QuizFront,
  type SqlExercise,
} from "../content/schema";
import type { LessonKind } from "../db/generated/enums";
import type { Prisma } from "../db/generated/client";

/** Markdown longer than this is refused: a lesson that long should be split. */
export const MAX_MARKDOWN_CHARS = 100_000;

export type LessonContent = Omit<LessonFront, "exercise"> & {
  body: string;
  exercise?: SqlExercise | CodeLessonExercise;
};

export const lessonContentSchema = lessonFrontSchema
  .omit({ exercise: true, quiz: true })
  .extend({
    body: z
      .string()
      .max(
        MAX_MARKDOWN_CHARS,
        `Keep the lesson under ${MAX_MARKDOWN_CHARS.toLocaleString("en-US")} characters; split it into two lessons.`,
      ),
    quiz: quizFrontSchema.optional(),
    exercise: z.unknown().optional(),
  })
  .superRefine((lesson, ctx) => {
    if (lesson.kind === "quiz" && !lesson.quiz)
      ctx.addIssue({ code: "custom", path: ["quiz"], message: "Add at least one question." });
    if (lesson.kind === "video" && !lesson.video)
      ctx.addIssue({ code: "custom", path: ["video", "url"], message: "Add the video's address." });
    if (lesson.kind === "sql" || lesson.kind === "code") {
      const parsed = (lesson.kind === "sql" ? sqlExerciseSchema : codeLessonExerciseSchema).safeParse(lesson.exercise);
      if (!parsed.success)
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: "custom", path: ["exercise", ...issue.path.map(String)], message: issue.message });
    }
  })
  .transform((lesson): LessonContent => {
    const exercise =
      lesson.kind === "sql"
        ? sqlExerciseSchema.parse(lesson.exercise)
        : lesson.kind === "code" || lesson.kind === "python"
          ? codeLessonExerciseSchema.parse(lesson.exercise)
          : undefined;
    const { exercise: _raw, ...rest } = lesson;
    return {
      ...rest,
      quiz: lesson.kind === "quiz" ? lesson.quiz : undefined,
      video: lesson.kind === "video" ? lesson.video : undefined,
      ...(exercise ? { exercise } : {}),
    };
  });

// `python` is the curriculum's alias for a code exercise in Python; the database knows one code kind.
export const KIND_TO_DB: Record<LessonContent["kind"], LessonKind> = {
  article: "ARTICLE",
  video: "VIDEO",
  quiz: "QUIZ",
  sql: "SQL_EXERCISE",
  code: "CODE_EXERCISE",
  python: "CODE_EXERCISE",
};
export const KIND_FROM_DB: Record<LessonKind, LessonContent["kind"]> = {
  ARTICLE: "article",
  VIDEO: "video",
  QUIZ: "quiz",
  SQL_EXERCISE: "sql",
  CODE_EXERCISE: "code",
};

export type PublishedLessonRow = {
  title: string;
  kind: LessonKind;
  body: string;
  minutes: number;
  freePreview: boolean;
  videoUrl: string | null;
  captionsUrl: string | null;
  exercise: unknown;
  quizPassPercent: number | null;
  questions: {
    prompt: string;
    explanation: string;
    multiple: boolean;
    choices: { text: string; correct: boolean }[];
  }[];
};

/** The content of a lesson as learners see it now (the Lesson row and its quiz). */
export function contentFromPublished(row: PublishedLessonRow): LessonContent {
  const kind = KIND_FROM_DB[row.kind];
  const content: LessonContent = {
    title: row.title,
    kind,
    minutes: row.minutes,
    freePreview: row.freePreview,
    body: row.body,
  };
  if (kind === "video" && row.videoUrl) content.video = { url: row.videoUrl, captions: row.captionsUrl ?? "" };
  if (kind === "quiz")
    content.quiz = {
      passPercent: row.quizPassPercent ?? 70,
      questions: row.questions.map((q) => ({
        prompt: q.prompt,
        multiple: q.multiple,
        explanation: q.explanation,
        choices: q.choices.map((c) => ({ text: c.text, correct: c.correct })),
      })),
    } as QuizFront;
  if ((kind === "sql" || kind === "code") && row.exercise && typeof row.exercise === "object") {
    const { type: _type, ...exercise } = row.exercise as Record<string, unknown>;
    content.exercise = exercise as SqlExercise | CodeLessonExercise;
  }
  return content;
}

/** Reads stored JSON (a draft or a version) back as content; null when it no longer fits the schema. */
export function parseStoredContent(value: unknown): LessonContent | null {
  const parsed = lessonContentSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The columns of the Lesson row that publishing a content writes. */
export function lessonRowData(content: LessonContent) {
  const exercise = content.exercise ? { type: content.kind, ...content.exercise } : null;
  return {
    title: content.title,
    kind: KIND_TO_DB[content.kind],
    body: content.body,
    minutes: content.minutes,
    freePreview: content.freePreview,
    videoUrl: content.video?.url ?? null,
    captionsUrl: content.video?.captions || null,
    exercise,
    quizPassPercent: content.quiz?.passPercent ?? null,
  };
}

/** A new lesson's starting content, valid as a draft of its kind. */
export function blankLessonContent(title: string, kind: LessonContent["kind"]): LessonContent {
  const base: LessonContent = { title, kind, minutes: 5, freePreview: false, body: "" };
  if (kind === "quiz")
    base.quiz = {
      passPercent: 70,
      questions: [
        {
          prompt: "Your first question?",
          multiple: false,
          explanation: "",
          choices: [
            { text: "The right answer", correct: true },
            { text: "A wrong answer", correct: false },
          ],
        },
      ],
    };
  if (kind === "sql")
    base.exercise = {
      setup:
        "CREATE TABLE items (id int PRIMARY KEY, name text);\nINSERT INTO items VALUES (1, 'first'), (2, 'second');",
      starter: "SELECT ",
      solution: "SELECT id, name FROM items ORDER BY id;",
      orderMatters: false,
      hints: [],
      wrongSolutions: [],
    };
  if (kind === "code")
    base.exercise = {
      language: "javascript",
      functionName: "solve",
      starter: "function solve(n) {\n  \n}",
      solution: "function solve(n) {\n  return n * 2;\n}",
      tests: [{ name: "doubles 2", args: [2], expected: 4 }],
      hiddenTests: [
        { name: "doubles zero", args: [0], expected: 0 },
        { name: "doubles a negative", args: [-7], expected: -14 },
      ],
      hints: [],
      wrongSolutions: [],
    };
  if (kind === "video") base.video = { url: "https://example.com/video.mp4", captions: "" };
  return base;
}

/**
 * Lesson content (or its exercise) as a JSON column value. The zod-checked types are plain JSON already,
 * but their optional fields (`undefined`) are not assignable to Prisma's JSON input type, hence the cast.
 */
export function asJsonColumn(value: LessonContent | SqlExercise | CodeLessonExercise): Prisma.InputJsonObject {
  return value as unknown as Prisma.InputJsonObject;
}
