import { z } from "zod";
import { currentPasswordSchema, emailSchema, nameSchema, newPasswordSchema, timeZoneSchema } from "../accounts/schema";
import { ROLES } from "../auth/roles";
import { withoutControlCharacters } from "../validation/text";

/** Also a CHECK constraint in the database (migration user_bio). */
export const USER_BIO_MAX_LENGTH = 600;

/** An instructor's bio: plain text (shown as text, never as HTML), Windows line ends and blank runs tidied. */
export const bioSchema = z
  .string()
  .transform((text) =>
    text
      .replace(/\r\n?/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim(),
  )
  .pipe(z.string().max(USER_BIO_MAX_LENGTH, `Keep your bio to ${USER_BIO_MAX_LENGTH} characters or fewer.`));

/** The clock field: "12" ("6:00 PM") or "24" ("18:00"), kept as User.hour12. */
export const clockSchema = z
  .enum(["12", "24"], { error: "Choose a 12-hour or a 24-hour clock." })
  .transform((clock) => clock === "12");

// The bio field is on the form only for people who teach; a form without it leaves the bio as it is, and a form
// without the clock (an older client) leaves the clock as it is.
export const updateProfileSchema = z.object({
  name: nameSchema,
  timeZone: timeZoneSchema,
  hour12: clockSchema.optional(),
  bio: bioSchema.optional(),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().max(512, "That password is too long.").default(""),
  newPassword: newPasswordSchema,
});

export const changeEmailSchema = z.object({ newEmail: emailSchema, currentPassword: currentPasswordSchema });

export const DELETE_CONFIRMATION = "delete my account";

export const deleteAccountSchema = z.object({
  confirmation: z
    .string()
    .trim()
    .max(100, `Type "${DELETE_CONFIRMATION}" to confirm.`)
    .refine((value) => value.toLowerCase() === DELETE_CONFIRMATION, `Type "${DELETE_CONFIRMATION}" to confirm.`),
  currentPassword: z.string().max(512, "That password is too long.").default(""),
});

export const emptySchema = z.object({});

const userIdSchema = z.string().trim().min(1, "Choose a user.").max(64, "Choose a user.");

export const endSessionSchema = z.object({
  sessionId: z.string().trim().min(1, "Choose a session.").max(64, "Choose a session."),
});

export const changeRoleSchema = z.object({
  userId: userIdSchema,
  role: z.enum(ROLES, { error: "Choose one of the listed roles." }),
});

export const setDisabledSchema = z.object({
  userId: userIdSchema,
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const userSearchSchema = z.object({
  q: z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(100)).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const auditSearchSchema = z.object({
  action: z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(64)).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** An advisor's public profile: what the consultation page shows about them. */
export const advisorProfileSchema = z.object({
  headline: z
    .string()
    .trim()
    .min(3, "Write a headline of a few words.")
    .max(200, "Keep the headline to 200 characters or fewer."),
  bio: bioSchema,
  /** "English, Spanish": one list, as typed. */
  languages: z
    .string()
    .max(300, "List at most a few languages.")
    .transform((text) => [
      ...new Set(
        text
          .split(",")
          .map((l) => l.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(40, "Name each language in a word or two.")).max(8, "List at most 8 languages.")),
});
