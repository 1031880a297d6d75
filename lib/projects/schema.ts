import { z } from "zod";

const id = (what: string) => z.string().trim().min(1, `Missing ${what}.`).max(64, `Unknown ${what}.`);

export const projectIdSchema = z.strictObject({ projectId: id("project"), cohortId: id("cohort") });
export const submissionIdSchema = z.strictObject({ submissionId: id("submission") });
export const cohortQueueSchema = z.strictObject({ cohortId: id("cohort") });

/** A page of the review queue: the submissions after `after` (a submission's id), from the oldest without it. */
export const reviewQueuePageSchema = z.strictObject({ cohortId: id("cohort"), after: id("submission").optional() });

/**
 * A learner's submission. Which fields are needed depends on the project's kind; the service checks that, since
 * only it knows the project. The file (for uploads) is checked by its bytes in upload.ts.
 */
export const submitSchema = z.strictObject({
  projectId: id("project"),
  cohortId: id("cohort"),
  repositoryUrl: z
    .string()
    .trim()
    .max(300, "Shorten the repository link to 300 characters or fewer.")
    .refine(
      (value) => value === "" || /^https:\/\/[^\s]+\.[^\s]+$/.test(value),
      "Enter the repository as an https:// link.",
    )
    .optional()
    .default(""),
  notes: z.string().trim().max(5000, "Keep the notes to 5,000 characters or fewer.").optional().default(""),
  textAnswer: z.string().trim().max(50_000, "Keep the answer to 50,000 characters or fewer.").optional().default(""),
  file: z.instanceof(File, { message: "Choose a zip or PDF file." }).optional(),
});
export type SubmitInput = z.output<typeof submitSchema>;

/** A review: one level index per criterion (as the form's radio groups send them), a comment and a decision. */
export const reviewSchema = z.strictObject({
  submissionId: id("submission"),
  /** The review version the reviewer's screen showed (0: none yet): the optimistic lock. */
  baseVersion: z.coerce.number().int().min(0, "Reload the review and try again.").max(1_000_000),
  scores: z
    .string()
    .max(200)
    .regex(/^\d{1,2}(,\d{1,2})*$/, "Choose a level for every criterion."),
  comment: z.string().trim().max(10_000, "Keep the comment to 10,000 characters or fewer."),
  outcome: z.enum(["PASSED", "CHANGES_REQUESTED"], { error: "Choose passed or changes requested." }),
});
export type ReviewInput = z.output<typeof reviewSchema>;

/** The studio's project form; the rubric is text (one criterion a line, see rubric.ts). */
export const projectFormSchema = z.strictObject({
  courseId: id("course"),
  projectId: z.string().trim().max(64).optional().default(""),
  title: z.string().trim().min(1, "Give the project a title.").max(120, "Keep the title to 120 characters or fewer."),
  brief: z.string().trim().min(1, "Write the brief.").max(20_000, "Keep the brief to 20,000 characters or fewer."),
  deadlineDay: z.coerce
    .number({ error: "Enter the deadline as a number of days after the cohort starts." })
    .int("Enter a whole number of days.")
    .min(0, "The deadline cannot be before the cohort starts.")
    .max(366, "The deadline must fall inside the cohort."),
  submissionKind: z.enum(["REPOSITORY", "TEXT", "UPLOAD"], { error: "Choose how learners submit." }),
  latePolicy: z.enum(["CLOSED", "ACCEPT_LATE"], { error: "Choose what happens after the deadline." }),
  required: z
    .enum(["true", "false"])
    .optional()
    .default("true")
    .transform((value) => value === "true"),
  reviewCall: z
    .enum(["true", "false"])
    .optional()
    .default("false")
    .transform((value) => value === "true"),
  rubric: z.string().max(5000, "Keep the rubric to 5,000 characters or fewer."),
  passMark: z.coerce
    .number({ error: "Enter the pass mark in points." })
    .int("Enter whole points.")
    .min(1, "The pass mark is at least 1 point."),
});
export type ProjectFormInput = z.output<typeof projectFormSchema>;
