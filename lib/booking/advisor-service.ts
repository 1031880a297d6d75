// An advisor's own calendar settings (weekly hours, date overrides), also a mentor's for their review calls. Every
// function starts from the signed-in user and reaches only the booking profile that belongs to them.
import { INVALID_FIELDS_MESSAGE } from "../actions/result";
import type { z } from "zod";
import { AuthError } from "../auth/errors";
import type { UserRole } from "../auth/roles";
import { db } from "../db/client";
import { parseRanges } from "./availability-input";
import { BookingError } from "./errors";
import { WEEKDAY_FIELDS, type availabilitySchema, type dateOverrideSchema } from "./schema";
import { TOPICS } from "./topics";

export async function getOwnAdvisorOrThrow(userId: string) {
  const advisor = await db.advisor.findUnique({
    where: { userId },
    select: { id: true, active: true, timeZone: true },
  });
  if (!advisor) throw new BookingError("You don't have an advisor profile yet. Ask an admin to create one.");
  return advisor;
}

/**
 * Who keeps a calendar: an advisor, and anyone (a mentor keeps the learner role) whose own profile only takes
 * project review calls (consults false). A consulting profile is an advisor's, edited in the advisor's role.
 */
export function keepsCalendar(role: UserRole, profile: { consults: boolean } | null): boolean {
  return role === "ADVISOR" || (profile !== null && !profile.consults);
}

/** The signed-in user's own booking profile, for the calendar pages and actions; anyone else is refused. */
export async function getOwnCalendarOrThrow(user: { id: string; role: UserRole }) {
  const advisor = await db.advisor.findUnique({
    where: { userId: user.id },
    select: { id: true, active: true, timeZone: true, consults: true },
  });
  if (!keepsCalendar(user.role, advisor)) throw new AuthError("FORBIDDEN");
  if (!advisor) throw new BookingError("You don't have an advisor profile yet. Ask an admin to create one.");
  return advisor;
}

type CalendarOwner = { id: string; role: UserRole };

/** Whether the user keeps a calendar of their own: the pages that link to /advisor/availability ask this. */
export async function hasOwnCalendar(user: CalendarOwner): Promise<boolean> {
  const advisor = await db.advisor.findUnique({ where: { userId: user.id }, select: { consults: true } });
  return advisor !== null && keepsCalendar(user.role, advisor);
}

export async function saveAvailability(user: CalendarOwner, input: z.output<typeof availabilitySchema>) {
  const advisor = await getOwnCalendarOrThrow(user);
  const rules: Array<{ weekday: number; startMinute: number; endMinute: number }> = [];
  const fieldErrors: Record<string, string[]> = {};
  WEEKDAY_FIELDS.forEach((field, weekday) => {
    const parsed = parseRanges(input[field]);
    if (parsed.ok) rules.push(...parsed.windows.map((w) => ({ weekday, ...w })));
    else fieldErrors[field] = [parsed.error];
  });
  if (Object.keys(fieldErrors).length) throw new BookingError(INVALID_FIELDS_MESSAGE, fieldErrors);
  const topicMinutes = Object.fromEntries(
    TOPICS.flatMap((topic) => (input[`minutes_${topic}`] ? [[topic, input[`minutes_${topic}`]]] : [])),
  );
  await db.$transaction(async (tx) => {
    await tx.availabilityRule.deleteMany({ where: { advisorId: advisor.id } });
    if (rules.length)
      await tx.availabilityRule.createMany({ data: rules.map((rule) => ({ ...rule, advisorId: advisor.id })) });
    await tx.advisor.update({
      where: { id: advisor.id },
      data: {
        timeZone: input.timeZone,
        meetingMinutes: input.meetingMinutes,
        bufferBeforeMinutes: input.bufferBeforeMinutes,
        bufferMinutes: input.bufferMinutes,
        minNoticeHours: input.minNoticeHours,
        horizonDays: input.horizonDays,
        dailyCap: input.dailyCap,
        changeCutoffHours: input.changeCutoffHours,
        videoUrl: input.videoUrl,
        // A calls-only profile's form has no topic fields (a review call is one length): its topic lengths stay
        // as they were, ready if the profile takes consultations again.
        ...(advisor.consults ? { topicMinutes } : {}),
      },
    });
  });
  return { rules: rules.length };
}

/** Replaces one date's hours (empty hours: the day off). */
export async function saveDateOverride(user: CalendarOwner, input: z.output<typeof dateOverrideSchema>) {
  const advisor = await getOwnCalendarOrThrow(user);
  const parsed = parseRanges(input.hours);
  if (!parsed.ok) throw new BookingError(INVALID_FIELDS_MESSAGE, { hours: [parsed.error] });
  const date = new Date(`${input.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new BookingError("Choose a real date.", { date: ["Choose a real date."] });
  await db.$transaction(async (tx) => {
    await tx.dateOverride.deleteMany({ where: { advisorId: advisor.id, date } });
    const rows = parsed.windows.length
      ? parsed.windows.map((w) => ({ advisorId: advisor.id, date, ...w }))
      : [{ advisorId: advisor.id, date, startMinute: null, endMinute: null }];
    await tx.dateOverride.createMany({ data: rows });
  });
  return { date: input.date };
}

export async function removeDateOverride(user: CalendarOwner, input: { date: string }) {
  const advisor = await getOwnCalendarOrThrow(user);
  const { count } = await db.dateOverride.deleteMany({
    where: { advisorId: advisor.id, date: new Date(`${input.date}T00:00:00Z`) },
  });
  return { removed: count };
}

export async function getOwnAvailability(userId: string) {
  return db.advisor.findUnique({
    where: { userId },
    select: {
      id: true,
      timeZone: true,
      meetingMinutes: true,
      bufferBeforeMinutes: true,
      bufferMinutes: true,
      minNoticeHours: true,
      horizonDays: true,
      dailyCap: true,
      changeCutoffHours: true,
      videoUrl: true,
      topicMinutes: true,
      active: true,
      consults: true,
      rules: {
        select: { weekday: true, startMinute: true, endMinute: true },
        orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
      },
      overrides: {
        where: { date: { gte: new Date(Date.now() - 86_400_000) } },
        orderBy: [{ date: "asc" }, { startMinute: "asc" }],
        select: { date: true, startMinute: true, endMinute: true },
      },
    },
  });
}
