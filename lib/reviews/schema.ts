import { z } from "zod";
import { REVIEW_MAX_LENGTH } from "./rules";

// Plain text only: control characters (NUL included) are refused, HTML is shown as typed (React escapes it).
const plainText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Write a few words in your ${what}.`)
    .max(REVIEW_MAX_LENGTH, `Keep your ${what} under ${REVIEW_MAX_LENGTH} characters.`)
    .refine(
      (text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text),
      `Your ${what} contains characters that cannot be shown; please retype it.`,
    );

export const saveReviewSchema = z.object({
  courseSlug: z.string().trim().min(1).max(200),
  rating: z.coerce
    .number({ error: "Choose a rating from 1 to 5 stars." })
    .int("Choose a rating from 1 to 5 stars.")
    .min(1, "Choose a rating from 1 to 5 stars.")
    .max(5, "Choose a rating from 1 to 5 stars."),
  body: plainText("review"),
});

export const replyToReviewSchema = z.object({ reviewId: z.string().trim().min(1).max(64), reply: plainText("reply") });

export const REVIEW_REASON_MAX = 300;

export const setReviewHiddenSchema = z.object({
  reviewId: z.string().trim().min(1).max(64),
  hidden: z.enum(["true", "false"]).transform((v) => v === "true"),
  /** Why: recorded in the audit log. The admin reviews page asks for it; the course page's quick control may not. */
  reason: z
    .string()
    .trim()
    .max(REVIEW_REASON_MAX, `Keep the reason under ${REVIEW_REASON_MAX} characters.`)
    .refine(
      (text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text),
      "The reason contains characters that cannot be shown.",
    )
    .optional()
    .default(""),
});

/** The admin reviews page's filters, from the query string; anything odd falls back to "all". */
export const adminReviewSearchSchema = z.object({
  course: z.string().trim().max(200).catch(""),
  rating: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  visibility: z.enum(["all", "visible", "hidden"]).catch("all"),
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AdminReviewSearch = z.infer<typeof adminReviewSearchSchema>;

export const myReviewQuerySchema = z.object({ course: z.string().trim().min(1).max(200) });

export type SaveReviewInput = z.infer<typeof saveReviewSchema>;
