"use server";

import { createAction } from "../actions/server-action";
import { ADMIN_ONLY, SIGNED_IN } from "../auth/action-access";
import { createAdvisorProfile, setAdvisorActive } from "./admin-service";
import { removeDateOverride, saveAvailability, saveDateOverride } from "./advisor-service";
import { countBooking } from "../observability/metrics";
import { createBooking } from "./booking-service";
import { advisorCancelBooking, saveBookingNotes, setBookingOutcome } from "./consultation-service";
import { sendLearningPlan } from "./learning-plan";
import { cancelByToken, confirmByToken, rescheduleByToken } from "./manage-service";
import { mailboxOf } from "./mailbox";
import { rateLimitSubject } from "../security/rate-limit-policy";
import {
  advisorCancelSchema,
  availabilitySchema,
  bookingNotesSchema,
  bookingOutcomeSchema,
  createAdvisorSchema,
  createBookingSchema,
  dateOverrideSchema,
  learningPlanSchema,
  manageTokenSchema,
  removeOverrideSchema,
  rescheduleSchema,
  setAdvisorActiveSchema,
} from "./schema";

const ADVISOR_ONLY = ["ADVISOR"] as const;

// Public: anyone may book, without an account; limited per client, per mailbox and per advisor and client.
export const createBookingAction = createAction({
  schema: createBookingSchema,
  auth: "public",
  rateLimit: (input, { ip }) => [
    ["booking-ip", ip],
    ["booking-email", mailboxOf(input.email).canonical],
    ["booking-advisor-client", `${input.advisorId || "any"}|${rateLimitSubject("booking-ip", ip)}`],
  ],
  handler: async (input, { user }) => {
    const created = await createBooking(input, { userId: user && user.email === input.email ? user.id : null });
    countBooking();
    return created;
  },
});

// Public: the signed link in the email is the authority (checked in the service).
export const confirmBookingByTokenAction = createAction({
  schema: manageTokenSchema,
  auth: "public",
  rateLimit: (_input, { ip }) => [["booking-manage-ip", ip]],
  handler: (input) => confirmByToken(input.token),
});

export const cancelBookingByTokenAction = createAction({
  schema: manageTokenSchema,
  auth: "public",
  rateLimit: (_input, { ip }) => [["booking-manage-ip", ip]],
  handler: (input) => cancelByToken(input.token),
});

export const rescheduleBookingByTokenAction = createAction({
  schema: rescheduleSchema,
  auth: "public",
  rateLimit: (_input, { ip }) => [["booking-manage-ip", ip]],
  handler: (input) => rescheduleByToken(input.token, input.startsAt),
});

// The calendar: advisors, and mentors whose profile only takes review calls (they keep the learner role). Each
// service starts from the signed-in user's own profile and refuses anyone without one (getOwnCalendarOrThrow).
export const saveAvailabilityAction = createAction({
  schema: availabilitySchema,
  auth: SIGNED_IN,
  revalidate: ["/advisor/availability"],
  handler: (input, { user }) => saveAvailability(user, input),
});

export const saveDateOverrideAction = createAction({
  schema: dateOverrideSchema,
  auth: SIGNED_IN,
  revalidate: ["/advisor/availability"],
  handler: (input, { user }) => saveDateOverride(user, input),
});

export const removeDateOverrideAction = createAction({
  schema: removeOverrideSchema,
  auth: SIGNED_IN,
  revalidate: ["/advisor/availability"],
  handler: (input, { user }) => removeDateOverride(user, input),
});

// Advisors: each service starts from the signed-in user's own advisor profile (ownership checked there).

export const saveBookingNotesAction = createAction({
  schema: bookingNotesSchema,
  auth: ADVISOR_ONLY,
  revalidate: ["/advisor/consultations"],
  handler: (input, { user }) => saveBookingNotes(user.id, input),
});

export const setBookingOutcomeAction = createAction({
  schema: bookingOutcomeSchema,
  auth: ADVISOR_ONLY,
  revalidate: ["/advisor/consultations"],
  handler: (input, { user }) => setBookingOutcome(user.id, input),
});

export const advisorCancelBookingAction = createAction({
  schema: advisorCancelSchema,
  auth: ADVISOR_ONLY,
  revalidate: ["/advisor/consultations"],
  handler: (input, { user }) => advisorCancelBooking(user.id, input),
});

export const sendLearningPlanAction = createAction({
  schema: learningPlanSchema,
  auth: ADVISOR_ONLY,
  revalidate: ["/advisor/consultations"],
  handler: (input, { user }) => sendLearningPlan(user.id, input),
});

// Admins.
export const createAdvisorProfileAction = createAction({
  schema: createAdvisorSchema,
  auth: ADMIN_ONLY,
  revalidate: ["/admin/advisors"],
  handler: (input, { user, ip }) => createAdvisorProfile(user.id, input, ip),
});

export const setAdvisorActiveAction = createAction({
  schema: setAdvisorActiveSchema,
  auth: ADMIN_ONLY,
  revalidate: ["/admin/advisors"],
  handler: (input, { user, ip }) => setAdvisorActive(user.id, input, ip),
});
