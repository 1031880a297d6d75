import { z } from "zod";
import { passwordProblem, PASSWORD_MAX_LENGTH } from "./password-policy";
import { isValidTimeZone } from "../validation/time-zone";

export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(EMAIL_MAX_LENGTH, `Email addresses are at most ${EMAIL_MAX_LENGTH} characters.`)
  .pipe(z.email("Enter an email address like name@example.com."))
  .transform((value) => value.toLowerCase());

export const nameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(NAME_MAX_LENGTH, `Keep your name under ${NAME_MAX_LENGTH} characters.`);

/** A password being set: length and common-password rules. */
export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(1, { error: "Choose a password.", abort: true })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** A password being checked: only bounded, never judged (old accounts keep working). */
export const currentPasswordSchema = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(PASSWORD_MAX_LENGTH * 4, "That password is too long.");

export const timeZoneSchema = z
  .string()
  .trim()
  .max(64, "Choose a time zone from the list.")
  .refine(isValidTimeZone, "Choose a time zone from the list.");

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  timeZone: z.preprocess((value) => (typeof value === "string" && isValidTimeZone(value) ? value : "UTC"), z.string()),
  /** Where the learner started signing up; checked again wherever it is used as a redirect. */
  callbackUrl: z.string().max(2048).optional(),
});

export const signInSchema = z.object({ email: emailSchema, password: currentPasswordSchema });

export const emailOnlySchema = z.object({ email: emailSchema });

export const tokenSchema = z.object({
  token: z.string().min(1, "This link is incomplete.").max(200, "This link is not valid."),
});

export const resetPasswordSchema = tokenSchema.extend({ password: newPasswordSchema });
