// A graded project in the course format (prisma/content/<course>/projects/NN-<slug>.md): the brief is the
// Markdown body, the rest is front matter. The rubric's shape is the one the app stores (lib/projects).
import { z } from "zod";

const name = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Give each ${what} a name.`)
    .max(max, `Keep each ${what} name to ${max} characters or fewer.`);

export const rubricLevelSchema = z.strictObject({
  label: name("level", 60),
  points: z
    .number()
    .int("Points are whole numbers.")
    .min(0, "Points cannot be negative.")
    .max(100, "At most 100 points a level."),
});

export const rubricCriterionSchema = z.strictObject({
  title: name("criterion", 120),
  levels: z
    .array(rubricLevelSchema)
    .min(2, "Give each criterion at least two levels.")
    .max(6, "At most six levels a criterion."),
});

export const rubricSchema = z
  .array(rubricCriterionSchema)
  .min(1, "A rubric needs at least one criterion.")
  .max(12, "At most 12 criteria.");

export type Rubric = z.infer<typeof rubricSchema>;

export const projectFrontSchema = z.object({
  title: z.string().min(3).max(120),
  /** Days after the cohort's first day; due at 23:59 in the cohort's zone. */
  deadlineDay: z.number().int().min(0).max(366),
  submission: z.enum(["repository", "text", "upload"]),
  latePolicy: z.enum(["closed", "accept-late"]).default("closed"),
  required: z.boolean().default(true),
  passMark: z.number().int().min(1),
  rubric: rubricSchema,
  /** The learner books a 1:1 review call with a mentor once they have submitted; left out when off. */
  reviewCall: z.boolean().optional(),
});

export type ProjectFront = z.infer<typeof projectFrontSchema>;
