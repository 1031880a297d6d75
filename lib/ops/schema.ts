import { z } from "zod";

export const purgePagesSchema = z.object({
  prefix: z
    .string()
    .trim()
    .max(500, "A path is at most 500 characters.")
    .regex(/^\/[^\s?#]*$/, "Enter a path that starts with / (for example /courses), without a query string.")
    .default("/"),
});
