// GET /api/booking/slots: free times for a topic (and optionally one advisor), grouped by the visitor's dates.
import type { ActionDefinition } from "../actions/run-action";
import { bookingForToken } from "./manage-service";
import { findOpenSlots } from "./queries";
import { groupByLocalDate } from "./slots";
import { slotsQuerySchema } from "./schema";
import { addLocalDays, firstInstantAtOrAfter, parseLocalDate } from "./local-time";

export const SLOT_DAYS = 42;

export type SlotsResponse = {
  timeZone: string;
  days: Array<{ date: string; slots: Array<{ start: string; end: string; advisorIds: string[] }> }>;
};

export const slotsDefinition = {
  schema: slotsQuerySchema,
  auth: "public",
  rateLimit: (_input, { ip }) => [["booking-slots-ip", ip]],
  handler: async (input): Promise<SlotsResponse> => {
    const now = new Date();
    const firstDay = input.from ? parseLocalDate(input.from) : null;
    // Local midnights in the visitor's zone (a zone whose clocks skip midnight starts the day at the jump).
    const from = firstDay ? new Date(firstInstantAtOrAfter(firstDay, 0, input.timeZone)) : now;
    const to = firstDay
      ? new Date(firstInstantAtOrAfter(addLocalDays(firstDay, SLOT_DAYS), 0, input.timeZone))
      : new Date(now.getTime() + SLOT_DAYS * 86_400_000);
    // Only the holder of a booking's newest link may see its own time as free (a bad link is refused).
    const rescheduling = input.manage ? (await bookingForToken(input.manage, now)).booking : null;
    const slots = await findOpenSlots({
      topic: input.topic,
      advisorId: input.advisorId || undefined,
      from: from < now ? now : from,
      to,
      now,
      ignoreBookingId: rescheduling?.id,
    });
    // The booking's own time is not offered back to it: moving there would change nothing.
    const offered = rescheduling ? slots.filter((slot) => slot.start !== rescheduling.startsAt.getTime()) : slots;
    const days = [...groupByLocalDate(offered, input.timeZone)].map(([date, list]) => ({
      date,
      slots: list.map((slot) => ({
        start: new Date(slot.start).toISOString(),
        end: new Date(slot.end).toISOString(),
        advisorIds: slot.advisorIds,
      })),
    }));
    return { timeZone: input.timeZone, days };
  },
} satisfies ActionDefinition<typeof slotsQuerySchema, "public", SlotsResponse>;
