import { db } from "../db/client";
import type { ConsultationTopic } from "../db/generated/enums";
import { liveBookingWhere } from "./confirmation";
import { formatLocalDate, localDateOf } from "./local-time";
import { computeSlots, groupByLocalDate, mergeSlots, type AdvisorSchedule } from "./slots";
import { minutesForTopic } from "./topics";
import { advisorFactsOf, isAdvisorProfileComplete } from "../users/advisor-profile";

const DAY_MS = 24 * 60 * 60 * 1000;

export const publicAdvisorSelect = {
  id: true,
  slug: true,
  headline: true,
  bio: true,
  languages: true,
  timeZone: true,
  user: { select: { name: true, image: true } },
} as const;

/** Active advisors whose profile is complete (lib/users/advisor-profile.ts): a new, empty one stays private. */
export async function listPublicAdvisors() {
  const advisors = await db.advisor.findMany({
    where: { active: true, consults: true, user: { disabledAt: null } },
    orderBy: { createdAt: "asc" },
    select: { ...publicAdvisorSelect, _count: { select: { rules: true } } },
  });
  return advisors
    .filter((a) => isAdvisorProfileComplete(advisorFactsOf(a)))
    .map(({ _count: _rules, ...advisor }) => advisor);
}

type ScheduleSource = Awaited<ReturnType<typeof loadScheduleSources>>[number];

/** Whose calendar is asked: prospects book advisors who consult; a learner books a mentor's review call. */
export type SlotPurpose = "consultation" | "review-call";

async function loadScheduleSources(
  advisorIds: string[] | null,
  from: Date,
  to: Date,
  now: Date,
  purpose: SlotPurpose = "consultation",
) {
  const sources = await db.advisor.findMany({
    where: {
      active: true,
      user: { disabledAt: null },
      ...(purpose === "consultation" ? { consults: true } : {}),
      ...(advisorIds ? { id: { in: advisorIds } } : {}),
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      timeZone: true,
      headline: true,
      bio: true,
      languages: true,
      user: { select: { image: true } },
      _count: { select: { rules: true } },
      meetingMinutes: true,
      topicMinutes: true,
      bufferMinutes: true,
      bufferBeforeMinutes: true,
      minNoticeHours: true,
      horizonDays: true,
      dailyCap: true,
      rules: { select: { weekday: true, startMinute: true, endMinute: true } },
      overrides: {
        where: { date: { gte: new Date(from.getTime() - 2 * DAY_MS), lte: new Date(to.getTime() + 2 * DAY_MS) } },
        select: { date: true, startMinute: true, endMinute: true },
      },
      // Two days of margin: a booking on the edge still blocks, and the daily cap counts whole local days.
      bookings: {
        where: {
          ...liveBookingWhere(now),
          startsAt: { lt: new Date(to.getTime() + 2 * DAY_MS) },
          endsAt: { gt: new Date(from.getTime() - 2 * DAY_MS) },
        },
        select: { id: true, startsAt: true, endsAt: true, blockStart: true, blockEnd: true },
      },
    },
  });
  // Only complete profiles take consultations: a new, empty one offers no slots until it is filled in. A mentor's
  // review calls need only availability (the learner already knows their mentor).
  if (purpose === "review-call") return sources;
  return sources.filter((a) => isAdvisorProfileComplete(advisorFactsOf(a)));
}

/** The pure schedule the slot function reads, from an advisor's rows; `ignoreBookingId` for a reschedule. */
export function toSchedule(source: ScheduleSource, ignoreBookingId?: string): AdvisorSchedule {
  const overrides = new Map<string, { startMinute: number; endMinute: number }[]>();
  for (const row of source.overrides) {
    const key = formatLocalDate({
      year: row.date.getUTCFullYear(),
      month: row.date.getUTCMonth() + 1,
      day: row.date.getUTCDate(),
    });
    const list = overrides.get(key) ?? [];
    if (row.startMinute !== null && row.endMinute !== null)
      list.push({ startMinute: row.startMinute, endMinute: row.endMinute });
    overrides.set(key, list);
  }
  return {
    advisorId: source.id,
    timeZone: source.timeZone,
    weekly: source.rules,
    overrides: [...overrides].map(([date, windows]) => ({ date, windows })),
    busy: source.bookings
      .filter((b) => b.id !== ignoreBookingId)
      .map((b) => ({
        startsAt: b.startsAt.getTime(),
        blockStart: (b.blockStart ?? b.startsAt).getTime(),
        blockEnd: (b.blockEnd ?? b.endsAt).getTime(),
      })),
    bufferBeforeMinutes: source.bufferBeforeMinutes,
    bufferAfterMinutes: source.bufferMinutes,
    minNoticeMinutes: source.minNoticeHours * 60,
    horizonDays: source.horizonDays,
    dailyCap: source.dailyCap,
  };
}

export type OpenSlot = { start: number; end: number; advisorIds: string[] };

/** Free slots for a topic between two instants, merged across advisors (or one advisor's). */
export async function findOpenSlots(options: {
  topic: ConsultationTopic;
  advisorId?: string;
  from: Date;
  to: Date;
  now: Date;
  ignoreBookingId?: string;
  purpose?: SlotPurpose;
}): Promise<OpenSlot[]> {
  const sources = await loadScheduleSources(
    options.advisorId ? [options.advisorId] : null,
    options.from,
    options.to,
    options.now,
    options.purpose,
  );
  const lists = sources.map((source) =>
    computeSlots(toSchedule(source, options.ignoreBookingId), {
      from: options.from.getTime(),
      to: options.to.getTime(),
      now: options.now.getTime(),
      durationMinutes: minutesForTopic(source, options.topic),
    }),
  );
  return mergeSlots(lists);
}

/** The free times nearest to a wanted start (for "this time was just taken"). */
export function nearestSlots(slots: OpenSlot[], wanted: number, count = 3): OpenSlot[] {
  return [...slots]
    .sort((a, b) => Math.abs(a.start - wanted) - Math.abs(b.start - wanted))
    .slice(0, count)
    .sort((a, b) => a.start - b.start);
}

/** What the confirmation page shows: no contact details, only the meeting. */
export async function getBookingConfirmation(id: string) {
  return db.booking.findUnique({
    where: { id },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      hour12: true,
      topic: true,
      status: true,
      confirmedAt: true,
      advisor: { select: { videoUrl: true, user: { select: { name: true } } } },
    },
  });
}

/** One advisor's bookable slots for the next seven days, by their own local date (the editor's preview). */
/** A week of the calendar's free times as bookers see them: prospects' consultations, or learners' review calls. */
export async function weekPreview(
  advisorId: string,
  timeZone: string,
  now: Date = new Date(),
  purpose: SlotPurpose = "consultation",
) {
  const to = new Date(now.getTime() + 7 * DAY_MS);
  // A review call is booked as topic OTHER (lib/review-calls/service.ts).
  const topic = purpose === "review-call" ? "OTHER" : "CAREER_CHANGE";
  const slots = await findOpenSlots({ topic, advisorId, from: now, to, now, purpose });
  const groups = groupByLocalDate(slots, timeZone);
  const days: Array<{ date: string; label: string; slots: string[] }> = [];
  for (let i = 0; i < 7; i += 1) {
    const instant = new Date(now.getTime() + i * DAY_MS);
    const date = formatLocalDate(localDateOf(instant.getTime(), timeZone));
    const label = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
    }).format(instant);
    days.push({ date, label, slots: (groups.get(date) ?? []).map((slot) => new Date(slot.start).toISOString()) });
  }
  return days;
}
