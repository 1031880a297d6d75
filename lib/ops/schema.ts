import { z } from "zod";

export const retryOutboxSchema = z.object({
  id: z.string().trim().min(1, "Choose a message to retry.").max(64, "That is not a message id."),
});

export const purgePagesSchema = z.object({
  prefix: z
    .string()
    .trim()
    .max(500, "A path is at most 500 characters.")
    .regex(/^\/[^\s?#]*$/, "Enter a path that starts with / (for example /courses), without a query string.")
    .default("/"),
});
