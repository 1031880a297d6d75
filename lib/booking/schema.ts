import { z } from "zod";
import { emailSchema, nameSchema, timeZoneSchema } from "../accounts/schema";
import { TOPICS } from "./topics";

export const topicSchema = z.enum(TOPICS, { error: "Choose what you would like to talk about." });

const advisorChoiceSchema = z.string().trim().max(64, "Choose an advisor from the list.").default("");

export const slotsQuerySchema = z.object({
  topic: topicSchema,
  advisorId: advisorChoiceSchema,
  timeZone: timeZoneSchema,
  /** First day shown, YYYY-MM-DD in the visitor's zone; the next 42 days are returned. */
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date.")
    .optional(),
  /** A reschedule: the booking's manage link token, so its own time (and buffers) count as free. */
  manage: z.string().max(200, "Use the link from your booking email.").optional(),
});

const instantSchema = z.iso
  .datetime({ offset: true, error: "Choose a time from the list." })
  .transform((value) => new Date(value));

export const BOOKING_TEXT_MAX = 1000;

export const createBookingSchema = z.object({
  topic: topicSchema,
  advisorId: advisorChoiceSchema,
  startsAt: instantSchema,
  timeZone: timeZoneSchema,
  /** The clock the visitor chose on the page: their times read the same way in pages and mails. */
  hour12: z
    .enum(["true", "false"], { error: "Choose a 12-hour or a 24-hour clock." })
    .default("false")
    .transform((value) => value === "true"),
  name: nameSchema,
  email: emailSchema,
  currentRole: z.string().trim().max(200, "Keep your current role under 200 characters.").default(""),
  goal: z
    .string()
    .trim()
    .min(1, "Tell your advisor in a sentence what you hope to get from the call.")
    .max(BOOKING_TEXT_MAX, `Keep your goal under ${BOOKING_TEXT_MAX} characters.`),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "Reload the page and try again."),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(200).default(""),
});

export type CreateBookingInput = z.output<typeof createBookingSchema>;

export const manageTokenSchema = z.object({
  token: z.string().min(1, "This link is incomplete.").max(200, "This link is not valid."),
});

export const rescheduleSchema = manageTokenSchema.extend({ startsAt: instantSchema });

const bookingIdSchema = z.string().trim().min(1, "Choose a consultation.").max(64, "Choose a consultation.");

export const advisorCancelSchema = z.object({
  bookingId: bookingIdSchema,
  message: z
    .string()
    .trim()
    .max(BOOKING_TEXT_MAX, `Keep the message under ${BOOKING_TEXT_MAX} characters.`)
    .default(""),
});

export const bookingOutcomeSchema = z.object({
  bookingId: bookingIdSchema,
  outcome: z.enum(["COMPLETED", "NO_SHOW"], { error: "Choose done or no-show." }),
});

export const bookingNotesSchema = z.object({
  bookingId: bookingIdSchema,
  advisorNotes: z.string().max(5000, "Keep notes under 5000 characters.").default(""),
});

export const learningPlanSchema = z.object({
  bookingId: bookingIdSchema,
  /** Course ids in the order chosen, comma-separated (a form field). */
  courseIds: z
    .string()
    .max(2000)
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(64)).min(1, "Choose at least one course.").max(10, "Choose at most 10 courses.")),
  note: z
    .string()
    .trim()
    .max(BOOKING_TEXT_MAX * 3, "Keep the note under 3000 characters.")
    .default(""),
});

const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export const WEEKDAY_FIELDS = WEEKDAY_KEYS.map((key) => `hours_${key}` as const);

const intField = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter ${label} as a whole number.` })
    .int(`Enter ${label} as a whole number.`)
    .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} is at least ${min}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} is at most ${max}.`);

const dayHours = z.string().max(200, "Keep each day under 200 characters.").default("");
const topicMinutes = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  intField("a topic's slot length", 15, 120).nullable(),
);

export const availabilitySchema = z.object({
  hours_sun: dayHours,
  hours_mon: dayHours,
  hours_tue: dayHours,
  hours_wed: dayHours,
  hours_thu: dayHours,
  hours_fri: dayHours,
  hours_sat: dayHours,
  timeZone: timeZoneSchema,
  meetingMinutes: intField("the meeting length", 15, 120),
  bufferBeforeMinutes: intField("the buffer before", 0, 240),
  bufferMinutes: intField("the buffer after", 0, 240),
  minNoticeHours: intField("the minimum notice", 0, 336),
  horizonDays: intField("the booking horizon", 1, 365),
  dailyCap: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    intField("the daily cap", 1, 24).nullable(),
  ),
  changeCutoffHours: intField("the change cut-off", 0, 168),
  videoUrl: z
    .union([
      z.literal(""),
      z.url({ protocol: /^https$/, error: "Enter an https:// link to your video room." }).max(500),
    ])
    .default(""),
  minutes_CAREER_CHANGE: topicMinutes,
  minutes_INTERVIEW_PREP: topicMinutes,
  minutes_CHOOSING_COURSE: topicMinutes,
  minutes_OTHER: topicMinutes,
});

export const dateOverrideSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date."),
  /** Empty: the day off. Otherwise ranges like 10:00-12:00. */
  hours: z.string().max(200, "Keep the hours under 200 characters.").default(""),
});

export const removeOverrideSchema = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date.") });

export const createAdvisorSchema = z.object({
  email: emailSchema,
  headline: z.string().trim().min(1, "Enter a headline.").max(200, "Keep the headline under 200 characters."),
  timeZone: timeZoneSchema,
});

export const setAdvisorActiveSchema = z.object({
  advisorId: z.string().trim().min(1).max(64),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});
