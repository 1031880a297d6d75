import { z } from "zod";

const id = (what: string) => z.string().trim().min(1, `Missing ${what}.`).max(64, `Unknown ${what}.`);

export const reviewCallPanelSchema = z.strictObject({
  submissionId: id("submission"),
  mentorId: id("mentor").optional(),
});
export const cohortCallsSchema = z.strictObject({ cohortId: id("cohort") });
export const submissionCallsSchema = z.strictObject({ submissionId: id("submission") });

/** Book a call, or move the submission's live call when there is one. */
export const bookReviewCallSchema = z.strictObject({
  submissionId: id("submission"),
  mentorId: id("mentor"),
  startsAt: z.iso
    .datetime({ offset: true, error: "Choose a time from the list." })
    .transform((value) => new Date(value)),
});

export const cancelReviewCallSchema = z.strictObject({ submissionId: id("submission") });

export type BookReviewCallInput = z.output<typeof bookReviewCallSchema>;
