import { z } from "zod";

export const cohortIdSchema = z.strictObject({
  cohortId: z.string().trim().min(1, "Missing cohort.").max(64, "Unknown cohort."),
});

export const feedTokenSchema = z.strictObject({
  token: z.string().min(1, "Missing calendar link.").max(200, "This calendar link is not valid."),
});
