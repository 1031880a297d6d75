// Inputs of the studio's actions, as they arrive from forms (strings) or from the editor (JSON in a field).
import { z } from "zod";
import { slugSchema } from "../content/schema";
import { issueSentence } from "./issue-sentences";
import { lessonContentSchema } from "./lesson-content";

const id = z.string().trim().min(1, "Missing id.").max(64);
const title = z.string().trim().min(3, "Use at least 3 characters.").max(120, "Keep it under 120 characters.");
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const ids = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v),
  z.array(id).min(1).max(500),
);
const json = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .max(400_000, "That is too long to save.")
    .transform((text, ctx): z.output<T> => {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        ctx.addIssue({
          code: "custom",
          message: "The editor sent something unreadable. Reload the page and try again.",
        });
        return z.NEVER;
      }
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data as z.output<T>;
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issueSentence(issue, value) });
      return z.NEVER;
    });

export const createCourseSchema = z.object({ title });

export const courseSettingsSchema = z
  .object({
    courseId: id,
    expectedUpdatedAt: z.coerce.number().int(),
    title,
    slug: slugSchema.max(80, "Keep the slug under 80 characters."),
    summary: z
      .string()
      .trim()
      .min(10, "Write at least 10 characters.")
      .max(240, "Keep the summary under 240 characters."),
    description: z.string().max(20_000, "Keep the description under 20,000 characters.").default(""),
    outcomes: z
      .string()
      .max(4_000)
      .transform((text) =>
        text
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(z.string().min(3, "Each outcome needs at least 3 characters.").max(200))
          .min(1, "List at least one outcome, one a line.")
          .max(12, "List at most 12 outcomes."),
      ),
    topic: z.enum(["APIS", "DATABASES", "SECURITY", "PERFORMANCE", "CLOUD", "CAREER"], "Choose a topic."),
    level: z.enum(["BEGINNER", "INTERMEDIATE", "ADVANCED"], "Choose a level."),
    format: z.enum(["SELF_PACED", "COHORT"], "Choose a format."),
    paid: checkbox,
    price: z.string().trim().default("0"),
    sequential: checkbox,
    coverImageUrl: z
      .string()
      .trim()
      .max(300)
      .regex(/^(\/uploads\/[\w.-]+)?$/, "Upload the cover image here.")
      .default(""),
  })
  .transform((input, ctx) => {
    const amount = Number(input.price.replace(",", "."));
    if (!Number.isFinite(amount) || amount < 0 || amount > 100_000)
      ctx.addIssue({ code: "custom", path: ["price"], message: "Enter a price like 49 or 49.50." });
    const priceCents = input.paid ? Math.round(amount * 100) : 0;
    if (input.paid && priceCents <= 0)
      ctx.addIssue({ code: "custom", path: ["price"], message: "A paid course needs a price above zero." });
    const { price: _price, paid: _paid, ...rest } = input;
    return { ...rest, priceCents };
  });

export const cohortSchema = z
  .object({
    courseId: id,
    title,
    startsAt: z.coerce.date("Choose a start date."),
    endsAt: z.coerce.date("Choose an end date."),
    seats: z.coerce.number("Enter a number of seats.").int().min(1, "At least one seat.").max(10_000),
    timeZone: z
      .string()
      .trim()
      .min(1, "Choose a time zone.")
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, "Use a time zone like Europe/Berlin."),
  })
  .refine((c) => c.endsAt > c.startsAt, { path: ["endsAt"], message: "The end must be after the start." });

export const cohortRefSchema = z.object({ courseId: id, cohortId: id });
export const courseRefSchema = z.object({ courseId: id });
export const coInstructorSchema = z.object({
  courseId: id,
  email: z.email("Enter the instructor's email address.").trim().toLowerCase(),
});
export const coInstructorRefSchema = z.object({ courseId: id, userId: id });

export const createModuleSchema = z.object({ courseId: id, title });
export const renameModuleSchema = z.object({ moduleId: id, title });
export const deleteModuleSchema = z.object({
  moduleId: id,
  confirm: z.literal("yes", "Confirm that you want to delete the module."),
});
export const reorderModulesSchema = z.object({ courseId: id, order: ids });

export const lessonKindSchema = z.enum(["article", "video", "quiz", "sql", "code"], "Choose a kind of lesson.");
export const createLessonSchema = z.object({ moduleId: id, title: title.max(160), kind: lessonKindSchema });
export const renameLessonSchema = z.object({ lessonId: id, title: title.max(160) });
export const deleteLessonSchema = z.object({
  lessonId: id,
  confirm: z.literal("yes", "Confirm that you want to delete the lesson."),
});
export const reorderLessonsSchema = z.object({ moduleId: id, order: ids });
export const moveLessonSchema = z.object({
  lessonId: id,
  moduleId: id,
  /** 1-based place in the module; anything past the end puts the lesson last. */
  position: z.coerce.number().int("Choose a place in the module.").min(1, "Choose a place in the module.").max(10_000),
});

const tokenFields = {
  lessonId: id,
  lessonVersion: z.coerce.number().int().min(1),
  revision: z.coerce.number().int().min(0),
};
export const saveDraftSchema = z.object({ ...tokenFields, content: json(lessonContentSchema) });
export const restoreVersionSchema = z.object({ ...tokenFields, number: z.coerce.number().int().min(1) });
export const lessonRefSchema = z.object({ lessonId: id });
export const previewSchema = z.object({
  markdown: z.string().max(100_000, "Keep the lesson under 100,000 characters; split it into two lessons."),
});
export const importSchema = z.object({
  archive: z.string().min(1, "Choose a zip file.").max(8_000_000, "The archive is too large (4 MB at most)."),
});
