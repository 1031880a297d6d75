import { z } from "zod";

export const cohortIdSchema = z.strictObject({
  cohortId: z.string().trim().min(1, "Missing cohort.").max(64, "Unknown cohort."),
});
