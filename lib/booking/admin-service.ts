// Admin work on advisors and bookings. Callers must have checked the ADMIN role (see actions.ts).
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { BookingError } from "./errors";
import { advisorFactsOf, advisorProfileGaps } from "../users/advisor-profile";

function slugFor(name: string, email: string): string {
  const base = (name || email.split("@")[0] || "advisor")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${base || "advisor"}-${Math.random().toString(36).slice(2, 6)}`;
}

/** Gives an account an advisor profile (and the advisor role, ending its sessions so the role applies). */
export async function createAdvisorProfile(
  actorId: string,
  input: { email: string; headline: string; timeZone: string },
  ip: string,
) {
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, role: true, name: true, email: true, advisor: { select: { id: true } } },
  });
  if (!user)
    throw new BookingError("No account has that email. Ask them to sign up first.", {
      email: ["No account has that email."],
    });
  if (user.advisor) throw new BookingError("That account already has an advisor profile.");
  if (user.role === "ADMIN" || user.role === "INSTRUCTOR")
    throw new BookingError("Admins and instructors keep their role; use a separate account for advising.");
  return db.$transaction(async (tx) => {
    if (user.role !== "ADVISOR")
      await tx.user.update({ where: { id: user.id }, data: { role: "ADVISOR", sessionVersion: { increment: 1 } } });
    const advisor = await tx.advisor.create({
      data: {
        userId: user.id,
        slug: slugFor(user.name ?? "", user.email),
        headline: input.headline,
        timeZone: input.timeZone,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId,
        action: "advisor.created",
        targetType: "Advisor",
        targetId: advisor.id,
        ip,
        meta: { userId: user.id },
      },
      tx,
    );
    return { advisorId: advisor.id };
  });
}

export async function setAdvisorActive(actorId: string, input: { advisorId: string; active: boolean }, ip: string) {
  return db.$transaction(async (tx) => {
    const advisor = await tx.advisor.findUnique({ where: { id: input.advisorId }, select: { id: true, active: true } });
    if (!advisor) throw new BookingError("That advisor no longer exists. Refresh the list.");
    if (advisor.active === input.active) return { active: input.active };
    await tx.advisor.update({ where: { id: advisor.id }, data: { active: input.active } });
    await recordAudit(
      {
        actorId,
        action: input.active ? "advisor.enabled" : "advisor.disabled",
        targetType: "Advisor",
        targetId: advisor.id,
        ip,
      },
      tx,
    );
    return { active: input.active };
  });
}

/**
 * Every advisor, with what keeps each profile from being public (empty: it is listed). A mentor's calls-only
 * profile (consults false) is never public: it is marked `callsOnly`, with no gaps to fill.
 */
export async function listAdvisorsForAdmin() {
  const advisors = await db.advisor.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      slug: true,
      active: true,
      consults: true,
      timeZone: true,
      headline: true,
      bio: true,
      languages: true,
      user: { select: { name: true, email: true, image: true } },
      _count: { select: { bookings: true, rules: true } },
    },
  });
  return advisors.map(({ consults, ...a }) => ({
    ...a,
    callsOnly: !consults,
    gaps: consults ? advisorProfileGaps(advisorFactsOf(a)) : [],
  }));
}

export const BOOKINGS_PAGE_SIZE = 50;

export async function listAllBookings(page: number) {
  const [bookings, total] = await Promise.all([
    db.booking.findMany({
      orderBy: { startsAt: "desc" },
      skip: (page - 1) * BOOKINGS_PAGE_SIZE,
      take: BOOKINGS_PAGE_SIZE,
      select: {
        id: true,
        startsAt: true,
        status: true,
        topic: true,
        name: true,
        email: true,
        advisor: { select: { user: { select: { name: true } } } },
      },
    }),
    db.booking.count(),
  ]);
  return { bookings, total, pageCount: Math.max(1, Math.ceil(total / BOOKINGS_PAGE_SIZE)) };
}
