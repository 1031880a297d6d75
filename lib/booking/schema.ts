import { z } from "zod";
import { emailSchema, nameSchema, timeZoneSchema } from "../auth/schema";
import { TOPICS } from "./topics";

export const topicSchema = z.enum(TOPICS, { error: "Choose what you would like to talk about." });

const advisorChoiceSchema = z.string().trim().max(64, "Choose an advisor from the list.").default("");

export const slotsQuerySchema = z.object({
  topic: topicSchema,
  advisorId: advisorChoiceSchema,
  timeZone: timeZoneSchema,
  /** First day shown, YYYY-MM-DD in the visitor's zone; the next 42 days are returned. */
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date.").optional(),
});

const instantSchema = z.iso.datetime({ offset: true, error: "Choose a time from the list." }).transform((value) => new Date(value));

export const BOOKING_TEXT_MAX = 1000;

export const createBookingSchema = z.object({
  topic: topicSchema,
  advisorId: advisorChoiceSchema,
  startsAt: instantSchema,
  timeZone: timeZoneSchema,
  name: nameSchema,
  email: emailSchema,
  currentRole: z.string().trim().max(200, "Keep your current role under 200 characters.").default(""),
  goal: z.string().trim().min(1, "Tell your advisor in a sentence what you hope to get from the call.").max(BOOKING_TEXT_MAX, `Keep your goal under ${BOOKING_TEXT_MAX} characters.`),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "Reload the page and try again."),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(200).default(""),
});

export type CreateBookingInput = z.output<typeof createBookingSchema>;

export const manageTokenSchema = z.object({ token: z.string().min(1, "This link is incomplete.").max(200, "This link is not valid.") });

export const rescheduleSchema = manageTokenSchema.extend({ startsAt: instantSchema });

const bookingIdSchema = z.string().trim().min(1, "Choose a consultation.").max(64, "Choose a consultation.");

export const advisorCancelSchema = z.object({ bookingId: bookingIdSchema, message: z.string().trim().max(BOOKING_TEXT_MAX, `Keep the message under ${BOOKING_TEXT_MAX} characters.`).default("") });

export const bookingOutcomeSchema = z.object({ bookingId: bookingIdSchema, outcome: z.enum(["COMPLETED", "NO_SHOW"], { error: "Choose done or no-show." }) });

export const bookingNotesSchema = z.object({ bookingId: bookingIdSchema, advisorNotes: z.string().max(5000, "Keep notes under 5000 characters.").default("") });

export const learningPlanSchema = z.object({
  bookingId: bookingIdSchema,
  /** Course ids in the order chosen, comma-separated (a form field). */
  courseIds: z
    .string()
    .max(2000)
    .transform((value) => [...new Set(value.split(",").map((id) => id.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(64)).min(1, "Choose at least one course.").max(10, "Choose at most 10 courses.")),
  note: z.string().trim().max(BOOKING_TEXT_MAX * 3, "Keep the note under 3000 characters.").default(""),
});
