import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { confirmByToken } from "@/lib/booking/manage-service";
import { findOpenSlots } from "@/lib/booking/queries";

const unique = () => randomBytes(4).toString("hex");

/** An advisor (and their account) free every day, all day, in `timeZone`, unless rules are given. */
export async function createAdvisor(
  db: Db,
  options: {
    timeZone?: string;
    rules?: Array<{ weekday: number; startMinute: number; endMinute: number }>;
    bufferBeforeMinutes?: number;
    bufferMinutes?: number;
    name?: string;
  } = {},
) {
  const user = await db.user.create({
    data: {
      email: `advisor-${unique()}@example.test`,
      name: options.name ?? "Ada Advisor",
      role: "ADVISOR",
      emailVerified: new Date(),
    },
  });
  const rules = options.rules ?? [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 }));
  const advisor = await db.advisor.create({
    data: {
      userId: user.id,
      slug: `advisor-${unique()}`,
      headline: "Advisor",
      // A complete profile: only complete ones are listed and offer slots (lib/users/advisor-profile.ts).
      bio: "Advises people moving into backend engineering, from any background.",
      languages: ["English"],
      timeZone: options.timeZone ?? "Europe/London",
      minNoticeHours: 0,
      bufferBeforeMinutes: options.bufferBeforeMinutes ?? 0,
      bufferMinutes: options.bufferMinutes ?? 0,
      videoUrl: "https://meet.example.test/room",
      rules: { create: rules },
    },
  });
  return { user, advisor };
}

/** A free slot of `advisorId` about `daysAhead` days from now. */
/**
 * The index-th open slot in the 24 hours from `daysAhead` days from now. With `fromUtcMidnight`, the 24 hours start
 * at that day's UTC midnight instead, so a test that needs many slots on one advisor's local date (Europe, a day
 * that starts near UTC midnight) finds them whatever time of day it runs: from now, an evening run leaves only the
 * few slots before that date's local midnight.
 */
export async function slotAhead(
  advisorId: string,
  daysAhead = 3,
  index = 0,
  { fromUtcMidnight = false } = {},
): Promise<Date> {
  const ahead = Date.now() + daysAhead * 86_400_000;
  const from = new Date(fromUtcMidnight ? ahead - (ahead % 86_400_000) : ahead);
  const slots = await findOpenSlots({
    topic: "CAREER_CHANGE",
    advisorId,
    from,
    to: new Date(from.getTime() + 86_400_000),
    now: new Date(),
  });
  if (!slots[index]) throw new Error("no free slot for the fixture");
  return new Date(slots[index].start);
}

export function bookingInput(advisorId: string, startsAt: Date, overrides: Record<string, string> = {}) {
  return {
    topic: "CAREER_CHANGE",
    advisorId,
    startsAt: startsAt.toISOString(),
    timeZone: "America/Los_Angeles",
    name: "Pat Prospect",
    email: `pat-${unique()}@example.test`,
    currentRole: "Support engineer",
    goal: "Move into backend work",
    idempotencyKey: `key-${randomBytes(12).toString("hex")}`,
    website: "",
    ...overrides,
  };
}

/** The manage token from the newest booking mail to `to`. */
export function manageTokenFrom(text: string): string {
  const match = /\/consultation\/manage\?token=([A-Za-z0-9_.-]+)/.exec(text);
  if (!match?.[1]) throw new Error("no manage link in the mail");
  return match[1];
}

/** The prospect confirms from the link in the confirmation request mailed to `email` (the newest mail to it). */
export async function confirmFromMail(db: Db, email: string): Promise<string> {
  const mail = await db.emailOutbox.findFirst({
    where: { to: email, kind: "booking-held" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (!mail) throw new Error(`no confirmation request to ${email}`);
  const token = manageTokenFrom(mail.text);
  await confirmByToken(token);
  return token;
}
