// The refund policy: its numbers, the sentences that state it (FAQ, terms, the refund policy page) and the
// rule the refund form applies. One place, so what we promise and what the code does cannot drift apart. Pure.

export const REFUND_WINDOW_DAYS = 14;
/** Strictly under this share of a self-paced course's lessons completed. */
export const REFUND_MAX_PROGRESS = 1 / 3;
/** A cohort is refunded in full until this many days before it starts. */
export const COHORT_REFUND_DAYS_BEFORE_START = 7;

const DAY_MS = 86_400_000;

export const REFUND_POLICY_TEXT = {
  question: "Can I get my money back?",
  summary: `Yes. Within ${REFUND_WINDOW_DAYS} days of buying a self-paced course, and before you have completed a third of its lessons, ask for a refund from your billing page and the full price goes back at once to the card you paid with. For a cohort bootcamp, the same holds until ${COHORT_REFUND_DAYS_BEFORE_START} days before the cohort starts. Outside these limits you can still ask: a person reads every request and answers it on your billing page. A refund ends your access to the course.`,
  automatic: `Within ${REFUND_WINDOW_DAYS} days of purchase and under a third of the lessons completed (for a cohort: until ${COHORT_REFUND_DAYS_BEFORE_START} days before it starts), the refund is immediate and in full.`,
  reviewed:
    "Otherwise your request goes to our team, who approve or decline it with a message you see on your billing page.",
  access: "A refund ends your access to the course; your certificate, if any, stays valid.",
} as const;

export type RefundCase = {
  status: string;
  paidAt: Date | null;
  /** Still refundable, in cents (paid minus refunded already). */
  refundableCents: number;
  completedLessons: number;
  totalLessons: number;
  cohortStartsAt: Date | null;
  /** A refund request already made for this payment (one per payment). */
  existingRequest: "PENDING" | "APPROVED" | "DECLINED" | "REFUNDED" | null;
  disputed: boolean;
};

export type RefundDecision =
  { kind: "automatic" } | { kind: "review"; why: string } | { kind: "unavailable"; why: string };

/** What "Ask for a refund" does for this payment now. */
export function decideRefund(input: RefundCase, now: Date): RefundDecision {
  if (input.status === "REFUNDED") return { kind: "unavailable", why: "This payment has been refunded in full." };
  if (input.status !== "PAID" && input.status !== "PARTIALLY_REFUNDED")
    return { kind: "unavailable", why: "Only a completed payment can be refunded." };
  if (input.refundableCents <= 0) return { kind: "unavailable", why: "This payment has been refunded in full." };
  if (input.disputed)
    return { kind: "unavailable", why: "This payment is disputed with your bank; the bank's decision settles it." };
  if (input.existingRequest === "PENDING")
    return { kind: "unavailable", why: "You have asked already: our team will answer on this page." };
  if (input.existingRequest)
    return { kind: "unavailable", why: "A refund was already asked for and answered for this purchase." };
  if (input.cohortStartsAt) {
    const deadline = input.cohortStartsAt.getTime() - COHORT_REFUND_DAYS_BEFORE_START * DAY_MS;
    return now.getTime() < deadline
      ? { kind: "automatic" }
      : { kind: "review", why: `The cohort starts in less than ${COHORT_REFUND_DAYS_BEFORE_START} days.` };
  }
  const paidAt = input.paidAt ?? now;
  if (now.getTime() - paidAt.getTime() > REFUND_WINDOW_DAYS * DAY_MS)
    return { kind: "review", why: `It is more than ${REFUND_WINDOW_DAYS} days since you bought the course.` };
  const share = input.totalLessons === 0 ? 0 : input.completedLessons / input.totalLessons;
  if (share >= REFUND_MAX_PROGRESS)
    return { kind: "review", why: "You have completed a third of the lessons or more." };
  return { kind: "automatic" };
}
