import { z } from "zod";
import { QA_BODY_MAX, QA_REPORT_REASON_MAX, QA_TITLE_MAX } from "./rules";

const id = z.string().trim().min(1, "Reload the page and try again.").max(64);

const text = (what: string, min: number, max: number) =>
  z
    .string({ error: `Write your ${what}.` })
    .trim()
    .min(min, min > 1 ? `Write at least ${min} characters in your ${what}.` : `Write your ${what}.`)
    .max(max, `Keep your ${what} under ${max.toLocaleString("en")} characters.`);

const flag = z
  .enum(["true", "false", "on", ""])
  .optional()
  .transform((value) => value === "true" || value === "on");

export const askSchema = z.object({
  lessonId: id,
  title: text("question's title", 8, QA_TITLE_MAX),
  body: text("question", 10, QA_BODY_MAX),
  attachAttempt: flag,
});

export const answerSchema = z.object({ questionId: id, body: text("answer", 2, QA_BODY_MAX) });

export const editPostSchema = z.object({
  postId: id,
  title: text("question's title", 8, QA_TITLE_MAX).optional(),
  body: text("post", 2, QA_BODY_MAX),
});

export const postIdSchema = z.object({ postId: id });

export const voteSchema = z.object({ postId: id, up: z.enum(["true", "false"]).transform((v) => v === "true") });

export const acceptSchema = z.object({ answerId: id });

export const followSchema = z.object({
  questionId: id,
  mode: z.enum(["follow", "mute", "none"], { error: "Choose follow, mute or neither." }),
});

export const reportSchema = z.object({ postId: id, reason: text("reason", 3, QA_REPORT_REASON_MAX) });

export const hideSchema = z.object({
  postId: id,
  hidden: z.enum(["true", "false"]).transform((v) => v === "true"),
  reason: text("reason", 3, QA_REPORT_REASON_MAX),
});

export const threadListSchema = z.object({
  lessonId: id,
  sort: z.enum(["unanswered", "newest", "top"]).catch("newest"),
});

export const threadSchema = z.object({ questionId: id });

export const similarSchema = z.object({ lessonId: id, q: z.string().trim().max(300).catch("") });

export const boardSchema = z.object({ cohortId: id });

export const boardThreadSchema = z.object({
  cohortId: id,
  title: text("thread's title", 8, QA_TITLE_MAX),
  body: text("post", 10, QA_BODY_MAX),
});

export const pinSchema = z.object({
  questionId: id,
  pinned: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const emptySchema = z.object({});
