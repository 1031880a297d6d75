// The studio's schedule editor, as its forms send it: one session (a start typed in the cohort's zone and a
// length), a weekly series (weekday boxes, a local time, a first date, and an end by count or by last date), and
// "cancel the rest of the series". The series' own rules (DST, at most 60 sessions) are recurrence.ts's.
import { z } from "zod";
import { WEEKDAYS, type Weekday } from "./recurrence";

const cohortId = z.string().trim().min(1, "Missing cohort.").max(64, "Unknown cohort.");
const title = z
  .string()
  .trim()
  .min(1, "Give the session a title.")
  .max(120, "Keep the title to 120 characters or fewer.");
const agenda = z.string().trim().max(2000, "Keep the agenda to 2,000 characters or fewer.");
const joinUrl = z
  .string()
  .trim()
  .max(500, "Shorten the video room link to 500 characters or fewer.")
  .refine(
    (value) => value === "" || /^https:\/\/[^\s]+$/.test(value),
    "Enter an https:// link for the video room, or leave it empty.",
  );
const durationMinutes = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, "Enter how long each session lasts, in whole minutes (for example 90).")
  .transform(Number)
  .pipe(
    z
      .number()
      .min(15, "A session must last at least 15 minutes.")
      .max(8 * 60, "A session lasts at most 8 hours (480 minutes)."),
  );

/** The checkbox of each weekday: present ("on") when ticked, absent otherwise. */
const dayFields = Object.fromEntries(WEEKDAYS.map((day) => [`day${day}`, z.literal("on").optional()])) as Record<
  `day${Weekday}`,
  z.ZodOptional<z.ZodLiteral<"on">>
>;

export const addSessionSchema = z.strictObject({
  cohortId,
  title,
  agenda,
  /** YYYY-MM-DDTHH:MM in the cohort's zone, as a datetime-local field sends it. */
  startsAt: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/,
      "Enter the start as a date and a time, for example 2027-04-12 18:00.",
    ),
  durationMinutes,
  joinUrl,
});
export type AddSessionInput = z.output<typeof addSessionSchema>;

export const addSeriesSchema = z
  .strictObject({
    cohortId,
    title,
    agenda,
    joinUrl,
    ...dayFields,
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the start time as HH:MM, for example 18:00."),
    durationMinutes,
    from: z.iso.date("Enter the first date, for example 2027-04-12."),
    endBy: z.enum(["count", "until"], {
      error: "Choose how the series ends: after a number of sessions or on a date.",
    }),
    count: z.string().trim().optional(),
    until: z.string().trim().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.endBy === "count" && !/^\d{1,3}$/.test(input.count ?? ""))
      ctx.addIssue({
        code: "custom",
        path: ["count"],
        message: "Enter how many sessions the series has, for example 10.",
      });
    if (input.endBy === "until" && !/^\d{4}-\d{2}-\d{2}$/.test(input.until ?? ""))
      ctx.addIssue({ code: "custom", path: ["until"], message: "Enter the last date, for example 2027-05-28." });
  })
  .transform((input) => ({
    cohortId: input.cohortId,
    title: input.title,
    agenda: input.agenda,
    joinUrl: input.joinUrl,
    weekdays: WEEKDAYS.filter((day) => input[`day${day}`] === "on"),
    time: input.time,
    durationMinutes: input.durationMinutes,
    from: input.from,
    count: input.endBy === "count" ? Number(input.count) : undefined,
    until: input.endBy === "until" ? input.until : undefined,
  }));
export type AddSeriesInput = z.output<typeof addSeriesSchema>;

export const cancelSeriesSchema = z.strictObject({
  sessionId: z.string().trim().min(1, "Missing session.").max(64, "Unknown session."),
});
