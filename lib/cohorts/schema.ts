import { z } from "zod";

export const cohortIdSchema = z.strictObject({
  cohortId: z.string().trim().min(1, "Missing cohort.").max(64, "Unknown cohort."),
});

export const feedTokenSchema = z.strictObject({
  token: z.string().min(1, "Missing calendar link.").max(200, "This calendar link is not valid."),
});

const sessionId = z.string().trim().min(1, "Missing session.").max(64, "Unknown session.");
const optionalHttpsUrl = (what: string) =>
  z
    .string()
    .trim()
    .max(500, `Shorten the ${what} link to 500 characters or fewer.`)
    .refine(
      (value) => value === "" || /^https:\/\/[^\s]+$/.test(value),
      `Enter an https:// link for the ${what}, or leave it empty.`,
    );

export const joinSessionSchema = z.strictObject({
  cohortId: cohortIdSchema.shape.cohortId,
  sessionId,
});

/** What staff add after a session: the recording and notes (plain text). */
export const sessionRecordSchema = z.strictObject({
  sessionId,
  recordingUrl: optionalHttpsUrl("recording"),
  notes: z.string().trim().max(5000, "Keep the notes to 5,000 characters or fewer."),
});

export const attendanceSchema = z.strictObject({
  sessionId,
  userId: z.string().trim().min(1, "Missing member.").max(64, "Unknown member."),
  present: z.enum(["true", "false"], { error: "Choose present or absent." }).transform((value) => value === "true"),
});

/** The sessions editor: times typed in the cohort's zone (YYYY-MM-DDTHH:MM), as the datetime-local field sends them. */
export const sessionEditSchema = z
  .strictObject({
    sessionId,
    title: z.string().trim().min(1, "Give the session a title.").max(120, "Keep the title to 120 characters or fewer."),
    agenda: z.string().trim().max(2000, "Keep the agenda to 2,000 characters or fewer."),
    startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, "Enter the start as a date and a time."),
    endsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, "Enter the end as a date and a time."),
    joinUrl: optionalHttpsUrl("video room"),
  })
  .refine((input) => input.endsAt > input.startsAt, {
    path: ["endsAt"],
    message: "The session ends before it starts: choose an end after the start.",
  });

export const cancelSessionSchema = z.strictObject({ sessionId });

export const announcementSchema = z.strictObject({
  cohortId: cohortIdSchema.shape.cohortId,
  title: z
    .string()
    .trim()
    .min(1, "Give the announcement a title.")
    .max(120, "Keep the title to 120 characters or fewer."),
  body: z
    .string()
    .trim()
    .min(1, "Write the announcement.")
    .max(5000, "Keep the announcement to 5,000 characters or fewer."),
});
