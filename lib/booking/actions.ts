"use server";

import { createAction } from "../actions/server-action";
import { createBooking } from "./booking-service";
import { cancelByToken, rescheduleByToken } from "./manage-service";
import { createBookingSchema, manageTokenSchema, rescheduleSchema } from "./schema";

// Public: anyone may book, without an account; limited per address and per email.
export const createBookingAction = createAction({
  schema: createBookingSchema,
  auth: "public",
  rateLimit: (input, { ip }) => [["booking-ip", ip], ["booking-email", input.email]],
  handler: (input, { user }) => createBooking(input, { userId: user && user.email === input.email ? user.id : null }),
});

// Public: the signed link in the email is the authority (checked in the service).
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
