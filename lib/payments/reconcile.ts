// A lost webhook must not lose a customer: every few minutes, checkouts still open after 15 minutes are
// looked up at the provider and fulfilled, or expired, as the provider says. Expired waitlist offers
// pass their seat on to the next person waiting.
import { db } from "../db/client";
import { fulfilCheckout } from "./fulfilment";
import { paymentProvider } from "./provider";
import type { AfterCommit } from "../db/after-commit";
import { logError } from "../observability/logger";
import { afterCommit } from "../outbox/kick";
import { offerReleasedSeats } from "../enrolment/seats";
import { paymentTransaction } from "./transaction";
import { releaseCheckout } from "./webhooks/release-checkout";

export const RECONCILE_AFTER_MS = 15 * 60_000;
const BATCH = 100;

export type ReconcileReport = {
  checked: number;
  fulfilled: number;
  expired: number;
  failed: number;
  offersPassedOn: number;
};

export async function reconcilePendingPayments(now: Date = new Date()): Promise<ReconcileReport> {
  const report: ReconcileReport = { checked: 0, fulfilled: 0, expired: 0, failed: 0, offersPassedOn: 0 };
  const stale = await db.payment.findMany({
    where: {
      status: { in: ["PENDING", "PROCESSING"] },
      createdAt: { lt: new Date(now.getTime() - RECONCILE_AFTER_MS) },
    },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: { id: true, stripeCheckoutSessionId: true },
  });
  for (const payment of stale) {
    report.checked += 1;
    const effects: AfterCommit[] = [];
    try {
      if (!payment.stripeCheckoutSessionId) {
        // Stripe never answered the create call: the hold has no session behind it.
        const released = await paymentTransaction((tx) => releaseCheckout(tx, payment.id, "FAILED", now));
        if (released.released) report.failed += 1;
      } else {
        const session = await paymentProvider().retrieveCheckoutSession(payment.stripeCheckoutSessionId);
        if (session.status === "complete") {
          const result = await paymentTransaction((tx) => fulfilCheckout(tx, session, now));
          effects.push(...result.effects);
          if (result.outcome === "fulfilled") report.fulfilled += 1;
        } else if (session.status === "expired") {
          const released = await paymentTransaction((tx) => releaseCheckout(tx, payment.id, "EXPIRED", now));
          if (released.released) report.expired += 1;
        }
      }
    } catch (error) {
      // One unreachable session must not stop the rest; the next run tries it again.
      logError(error, { paymentId: payment.id }, "reconcile: this payment is tried again on the next run");
    }
    await afterCommit(effects);
  }
  report.offersPassedOn = await passOnExpiredOffers(now);
  return report;
}

/** Offers not taken within 24 hours end; the seat goes to the next person waiting. */
async function passOnExpiredOffers(now: Date): Promise<number> {
  const expired = await db.waitlistEntry.findMany({
    where: { offerExpiresAt: { lte: now }, cohort: { startsAt: { gt: now } } },
    select: { id: true, cohortId: true },
  });
  if (expired.length === 0) return 0;
  const cohorts = [...new Set(expired.map((e) => e.cohortId))];
  let offered = 0;
  for (const cohortId of cohorts) {
    offered += await paymentTransaction(async (tx) => {
      // The lapsed offer's entry leaves the list; the person can join again at the back.
      await tx.waitlistEntry.deleteMany({ where: { cohortId, offerExpiresAt: { lte: now } } });
      return offerReleasedSeats(tx, cohortId, now);
    });
    await afterCommit();
  }
  return offered;
}
