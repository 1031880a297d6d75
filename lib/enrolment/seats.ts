// Cohort seats. Counting and holding happen inside one transaction that holds the cohort's row lock,
// so two buyers can never both take the last seat (the lock, not a read-then-write, decides).
import type { Prisma } from "../db/generated/client";
import { appUrl } from "../accounts/urls";
import { enqueue } from "../outbox/enqueue";
import { waitlistOfferMail } from "./waitlist-mail";

type Tx = Prisma.TransactionClient;

export const WAITLIST_OFFER_HOURS = 24;

export async function lockCohort(tx: Tx, cohortId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Cohort" WHERE id = ${cohortId} FOR UPDATE`;
}

/**
 * Seats taken in a cohort: live enrolments, open checkouts (each holds a seat until Stripe says it
 * expired or failed) and live waitlist offers. The asking learner's own hold and offer do not count.
 */
export async function takenSeats(tx: Tx, cohortId: string, forUserId: string | null, now: Date): Promise<number> {
  const other = forUserId ?? "";
  const [row] = await tx.$queryRaw<{ taken: number }[]>`
    SELECT (
      (SELECT count(*) FROM "Enrollment" WHERE "cohortId" = ${cohortId} AND "status" IN ('ACTIVE', 'COMPLETED'))
      + (SELECT count(*) FROM "Payment" WHERE "cohortId" = ${cohortId} AND "status" IN ('PENDING', 'PROCESSING') AND "userId" <> ${other})
      + (SELECT count(*) FROM "WaitlistEntry" WHERE "cohortId" = ${cohortId} AND "offerExpiresAt" > ${now} AND "userId" <> ${other})
    )::int AS taken`;
  return row?.taken ?? 0;
}

/**
 * After a seat is released (expiry, failure, cancel, refund): if the cohort now has a free seat and
 * someone is waiting who has not had an offer yet, hold the seat for them for 24 hours and e-mail them.
 */
/** Returns how many offers it made. */
export async function offerReleasedSeats(tx: Tx, cohortId: string, now: Date): Promise<number> {
  await lockCohort(tx, cohortId);
  const cohort = await tx.cohort.findUnique({
    where: { id: cohortId },
    select: { id: true, seats: true, startsAt: true, title: true, course: { select: { slug: true, title: true } } },
  });
  if (!cohort || cohort.startsAt <= now) return 0;
  let offers = 0;
  let free = cohort.seats - (await takenSeats(tx, cohortId, null, now));
  while (free > 0) {
    const next = await tx.waitlistEntry.findFirst({
      where: { cohortId, offeredAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, user: { select: { email: true, name: true } } },
    });
    if (!next) break;
    const offerExpiresAt = new Date(now.getTime() + WAITLIST_OFFER_HOURS * 3_600_000);
    await tx.waitlistEntry.update({ where: { id: next.id }, data: { offeredAt: now, offerExpiresAt } });
    free -= 1;
    offers += 1;
    const url = appUrl(`/courses/${cohort.course.slug}/checkout`, { cohort: cohort.id });
    await enqueue(tx, "mail", {
      to: next.user.email,
      kind: "waitlist-offer",
      ...waitlistOfferMail(next.user.name, cohort.course.title, cohort.title, offerExpiresAt, url),
    });
  }
  return offers;
}
