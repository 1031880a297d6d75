// Creating a consultation: validate against the live slots, pick an advisor, insert under the database's
// overlap guard, then mail both sides. Idempotent on the client's key.
import { randomBytes } from "node:crypto";
import { getAuthSecret } from "../auth/secret";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { kickOutbox } from "../outbox/kick";
import { enqueueConfirmationRequest, type BookingForMail } from "./booking-mail";
import { liveBookingWhere, releaseExpiredHolds } from "./confirmation";
import { DailyCapReached, holdDailyCap } from "./daily-cap";
import { mailboxOf } from "./mailbox";
import { BookingError } from "./errors";
import { isOverlapViolation, isUniqueViolation } from "../db/constraint-errors";
import { formatTimeInZone, zoneName } from "./format";
import { createManageToken, hashManageToken } from "./manage-token";
import { findOpenSlots, nearestSlots, type OpenSlot } from "./queries";
import { plannedReminders } from "./reminders";
import type { CreateBookingInput } from "./schema";
import { minutesForTopic } from "./topics";

export const MAX_OPEN_BOOKINGS_PER_EMAIL = 3;
/** What placing a booking reads of the advisor: zone, cap, buffers and meeting lengths (review calls too). */
export const ADVISOR_FOR_BOOKING = {
  id: true,
  timeZone: true,
  dailyCap: true,
  bufferBeforeMinutes: true,
  bufferMinutes: true,
  meetingMinutes: true,
  topicMinutes: true,
} as const;

/** A burst for one popular slot queues for pool connections: wait for one longer than Prisma's 2 s default. */
export const BOOKING_TRANSACTION = { maxWait: 15_000, timeout: 15_000 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export const bookingMailSelect = {
  id: true,
  sequence: true,
  startsAt: true,
  endsAt: true,
  topic: true,
  name: true,
  email: true,
  timeZone: true,
  hour12: true,
  goal: true,
  currentRole: true,
  confirmedAt: true,
  submissionId: true,
  advisor: { select: { timeZone: true, videoUrl: true, user: { select: { name: true, email: true } } } },
} satisfies Prisma.BookingSelect;

export type BookingCreated = { bookingId: string; startsAt: string; endsAt: string; advisorName: string };

function newBookingId(): string {
  return `bk${randomBytes(12).toString("hex")}`;
}

/** The visitor's zone and clock, so that a message lists times as the page shows them. */
export type Clock = { timeZone: string; hour12: boolean };

/** "This time was just taken", with the nearest free times (as ISO strings in `alternatives`). */
export function slotTakenError(
  slots: OpenSlot[],
  wanted: Date,
  { timeZone, hour12 }: Clock,
  lead = "This time was just taken.",
): BookingError {
  const nearest = nearestSlots(slots, wanted.getTime());
  if (nearest.length === 0)
    return new BookingError(`${lead} There are no other free times around then; choose another day.`);
  const list = nearest.map((slot) => formatTimeInZone(new Date(slot.start), timeZone, hour12)).join("; ");
  return new BookingError(`${lead} The nearest free times (${zoneName(timeZone, wanted)}) are ${list}.`, {
    alternatives: nearest.map((slot) => new Date(slot.start).toISOString()),
  });
}

/** Advisors free at the slot, the one with the fewest bookings in the last 30 days first. */
async function rankAdvisors(advisorIds: string[], now: Date): Promise<string[]> {
  const counts = await db.booking.groupBy({
    by: ["advisorId"],
    where: {
      advisorId: { in: advisorIds },
      status: { not: "CANCELLED" },
      createdAt: { gte: new Date(now.getTime() - 30 * DAY_MS) },
    },
    _count: { _all: true },
  });
  const count = new Map(counts.map((row) => [row.advisorId, row._count._all]));
  return [...advisorIds].sort((a, b) => (count.get(a) ?? 0) - (count.get(b) ?? 0));
}

async function existingForKey(input: CreateBookingInput): Promise<BookingCreated | null> {
  const existing = await db.booking.findUnique({
    where: { idempotencyKey: input.idempotencyKey },
    select: {
      id: true,
      email: true,
      startsAt: true,
      endsAt: true,
      advisor: { select: { user: { select: { name: true } } } },
    },
  });
  if (!existing) return null;
  if (existing.email !== input.email) throw new BookingError("Reload the page and try again.");
  return {
    bookingId: existing.id,
    startsAt: existing.startsAt.toISOString(),
    endsAt: existing.endsAt.toISOString(),
    advisorName: existing.advisor.user.name ?? "your advisor",
  };
}

export async function createBooking(
  input: CreateBookingInput,
  context: { userId: string | null },
  now: Date = new Date(),
): Promise<BookingCreated> {
  if (input.website) throw new BookingError("We could not take this booking. Please try again.");
  const retried = await existingForKey(input);
  if (retried) return retried;
  if (input.startsAt.getTime() <= now.getTime())
    throw new BookingError("That time has passed. Choose a time from the list.", {
      startsAt: ["Choose a time in the future."],
    });

  const window = {
    from: new Date(input.startsAt.getTime() - 2 * DAY_MS),
    to: new Date(input.startsAt.getTime() + 2 * DAY_MS),
  };
  const slots = await findOpenSlots({ topic: input.topic, advisorId: input.advisorId || undefined, ...window, now });
  const slot = slots.find((candidate) => candidate.start === input.startsAt.getTime());
  if (!slot) throw slotTakenError(slots, input.startsAt, input, "That time is not available.");

  for (const advisorId of await rankAdvisors(slot.advisorIds, now)) {
    const created = await insertBooking(input, advisorId, context.userId, now).catch((error: unknown) => {
      // Someone else got this advisor's time (or the last place on their day) first: try the next one.
      if (isOverlapViolation(error) || error instanceof DailyCapReached) return null;
      throw error;
    });
    if (created === "RETRIED") return (await existingForKey(input))!;
    if (created) {
      // Only the prospect hears of it now, with the link that confirms it (lib/booking/confirmation.ts).
      await kickOutbox();
      return {
        bookingId: created.booking.id,
        startsAt: created.booking.startsAt.toISOString(),
        endsAt: created.booking.endsAt.toISOString(),
        advisorName: created.booking.advisor.user.name ?? "your advisor",
      };
    }
  }
  const fresh = await findOpenSlots({ topic: input.topic, advisorId: input.advisorId || undefined, ...window, now });
  throw slotTakenError(fresh, input.startsAt, input);
}

async function insertBooking(
  input: CreateBookingInput,
  advisorId: string,
  userId: string | null,
  now: Date,
): Promise<{ booking: BookingForMail; token: string } | "RETRIED" | null> {
  const advisor = await db.advisor.findUniqueOrThrow({
    where: { id: advisorId },
    select: ADVISOR_FOR_BOOKING,
  });
  const endsAt = new Date(input.startsAt.getTime() + minutesForTopic(advisor, input.topic) * 60_000);
  const id = newBookingId();
  const token = createManageToken(getAuthSecret(), id, input.startsAt.getTime());
  try {
    const booking = await db.$transaction(async (tx) => {
      // One mailbox's bookings are counted under a lock on it, so parallel requests cannot exceed the cap.
      const mailbox = mailboxOf(input.email);
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`booking-email:${mailbox.canonical}`}))`;
      // Consultations only: a learner's project review calls have their own rule (one open call per submission).
      const open = await tx.booking.count({
        where: {
          status: "CONFIRMED",
          submissionId: null,
          startsAt: { gt: now },
          AND: [
            liveBookingWhere(now),
            {
              OR: [
                { email: { equals: mailbox.canonical, mode: "insensitive" } },
                {
                  email: { startsWith: `${mailbox.local}+`, endsWith: `@${mailbox.domain}`, mode: "insensitive" },
                },
              ],
            },
          ],
        },
      });
      if (open >= MAX_OPEN_BOOKINGS_PER_EMAIL)
        throw new BookingError(
          `You already have ${MAX_OPEN_BOOKINGS_PER_EMAIL} upcoming consultations. Cancel one from its email before booking another.`,
        );
      await releaseExpiredHolds(tx, now, advisorId);
      await holdDailyCap(tx, advisor, input.startsAt);
      const booking = await tx.booking.create({
        data: {
          id,
          advisorId,
          userId,
          startsAt: input.startsAt,
          endsAt,
          topic: input.topic,
          name: input.name,
          email: input.email,
          timeZone: input.timeZone,
          hour12: input.hour12,
          currentRole: input.currentRole,
          goal: input.goal,
          idempotencyKey: input.idempotencyKey,
          manageTokenHash: hashManageToken(token),
          blockStart: new Date(input.startsAt.getTime() - advisor.bufferBeforeMinutes * 60_000),
          blockEnd: new Date(endsAt.getTime() + advisor.bufferMinutes * 60_000),
          reminders: { create: plannedReminders(input.startsAt, 0, now) },
        },
        select: bookingMailSelect,
      });
      await enqueueConfirmationRequest(tx, booking, token);
      return booking;
    }, BOOKING_TRANSACTION);
    return { booking, token };
  } catch (error) {
    if (!isOverlapViolation(error) && isUniqueViolation(error)) return "RETRIED"; // the same key won a parallel race
    throw error;
  }
}
