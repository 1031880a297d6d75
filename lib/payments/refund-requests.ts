// A learner's "Ask for a refund" and an admin's answer. Within the published policy (lib/catalog/refund-policy.ts)
// the refund is made at once through the admin's refund path (refund-service.ts); otherwise the request waits
// for an admin. One request per payment (a unique key), so a double click is one request and one refund.
import { db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { isUniqueViolation } from "../db/constraint-errors";
import { PUBLISHED_LESSON } from "../content/published";
import { decideRefund, type RefundDecision } from "../catalog/refund-policy";
import { PaymentError } from "./errors";
import { refundPayment } from "./refund-service";

export type RefundAnswer = { outcome: "refunded" | "requested" };

const caseSelect = {
  id: true,
  userId: true,
  courseId: true,
  status: true,
  amountCents: true,
  refundedCents: true,
  paidAt: true,
  disputeStatus: true,
  cohort: { select: { startsAt: true } },
  refundRequest: { select: { status: true } },
} as const;

type PaymentCase = { id: string; userId: string; courseId: string } & Parameters<typeof toCase>[0];

function toCase(
  payment: {
    status: string;
    amountCents: number;
    refundedCents: number;
    paidAt: Date | null;
    disputeStatus: string | null;
    cohort: { startsAt: Date } | null;
    refundRequest: { status: "PENDING" | "APPROVED" | "DECLINED" | "REFUNDED" } | null;
  },
  progress: { completed: number; total: number },
) {
  return {
    status: payment.status,
    paidAt: payment.paidAt,
    refundableCents: payment.amountCents - payment.refundedCents,
    completedLessons: progress.completed,
    totalLessons: progress.total,
    cohortStartsAt: payment.cohort?.startsAt ?? null,
    existingRequest: payment.refundRequest?.status ?? null,
    disputed: payment.disputeStatus !== null,
  };
}

async function progressIn(userId: string, courseId: string) {
  const [completed, total] = await Promise.all([
    db.lessonProgress.count({ where: { userId, courseId, completedAt: { not: null }, lesson: PUBLISHED_LESSON } }),
    db.lesson.count({ where: { courseId, ...PUBLISHED_LESSON } }),
  ]);
  return { completed, total };
}

async function decisionFor(payment: PaymentCase, now: Date): Promise<RefundDecision> {
  return decideRefund(toCase(payment, await progressIn(payment.userId, payment.courseId)), now);
}

/** What "Ask for a refund" would do for each of the learner's payments now (billing page and receipt). */
export async function refundDecisionsFor(userId: string, paymentIds: string[], now: Date = new Date()) {
  const payments = await db.payment.findMany({ where: { userId, id: { in: paymentIds } }, select: caseSelect });
  const entries = await Promise.all(payments.map(async (p) => [p.id, await decisionFor(p, now)] as const));
  return new Map<string, RefundDecision>(entries);
}

export async function askForRefund(
  userId: string,
  input: { paymentId: string; reason: string },
  ip: string,
  now: Date = new Date(),
): Promise<RefundAnswer> {
  const payment = await db.payment.findFirst({ where: { id: input.paymentId, userId }, select: caseSelect });
  if (!payment) throw new PaymentError("We could not find that purchase on your account.");
  // Another click's automatic refund is under way (its request is written, the money not moved yet): on
  // PostgreSQL a concurrent click can read that moment, and it gets the first click's answer, not a refusal.
  if (payment.refundRequest?.status === "REFUNDED" && payment.status !== "REFUNDED") return { outcome: "refunded" };
  // A request already waits for the team (another click's, committed a moment ago, or an earlier ask): it stands
  // and answers for this click too, as the unique key's path below does.
  if (payment.refundRequest?.status === "PENDING") return { outcome: "requested" };
  const decision = await decisionFor(payment, now);
  if (decision.kind === "unavailable") throw new PaymentError(decision.why);
  const status = decision.kind === "automatic" ? "REFUNDED" : "PENDING";
  try {
    await db.$transaction(async (tx) => {
      await tx.refundRequest.create({ data: { paymentId: payment.id, userId, status, reason: input.reason } });
      await recordAudit(
        {
          actorId: userId,
          action: decision.kind === "automatic" ? "refund.automatic" : "refund.requested",
          targetType: "payment",
          targetId: payment.id,
          ip,
          meta: { reason: input.reason || null },
        },
        tx,
      );
    });
  } catch (error) {
    // A second click, or another tab: the first request stands and answers for both.
    if (!isUniqueViolation(error)) throw error;
    const first = await db.refundRequest.findUniqueOrThrow({ where: { paymentId: payment.id } });
    return { outcome: first.status === "PENDING" ? "requested" : "refunded" };
  }
  if (decision.kind === "review") return { outcome: "requested" };
  try {
    await refundPayment(
      userId,
      {
        paymentId: payment.id,
        amountCents: payment.amountCents - payment.refundedCents,
        reason: "Asked for by the learner, within the refund policy",
        attempt: "learner-policy",
      },
      ip,
      now,
    );
  } catch (error) {
    // The money did not move: the request waits for a person instead of being lost.
    await db.refundRequest.update({ where: { paymentId: payment.id }, data: { status: "PENDING" } });
    throw new PaymentError(
      `The automatic refund did not go through (${error instanceof Error ? error.message : "unknown error"}). Your request is saved and our team will refund you.`,
    );
  }
  return { outcome: "refunded" };
}

export type RefundVerdict = { requestId: string; decision: "approve" | "decline"; message: string };

/** An admin's answer to a pending request; approving refunds what is left through the admin refund path. */
export async function answerRefundRequest(
  adminId: string,
  verdict: RefundVerdict,
  ip: string,
  now: Date = new Date(),
): Promise<{ status: "APPROVED" | "DECLINED" }> {
  const status = verdict.decision === "approve" ? "APPROVED" : "DECLINED";
  const request = await db.refundRequest.findUnique({
    where: { id: verdict.requestId },
    select: { id: true, paymentId: true, payment: { select: { amountCents: true, refundedCents: true } } },
  });
  if (!request) throw new PaymentError("That refund request does not exist.");
  // Only the first answer counts: a second admin (or a double click) finds it answered.
  const claimed = await db.refundRequest.updateMany({
    where: { id: request.id, status: "PENDING" },
    data: { status, adminMessage: verdict.message, decidedById: adminId, decidedAt: now },
  });
  if (claimed.count === 0) throw new PaymentError("This request has been answered already.");
  await recordAudit({
    actorId: adminId,
    action: status === "APPROVED" ? "refund.approved" : "refund.declined",
    targetType: "payment",
    targetId: request.paymentId,
    ip,
    meta: { requestId: request.id, message: verdict.message || null },
  });
  if (status === "DECLINED") return { status };
  const left = request.payment.amountCents - request.payment.refundedCents;
  try {
    if (left > 0)
      await refundPayment(
        adminId,
        { paymentId: request.paymentId, amountCents: left, reason: verdict.message, attempt: `request-${request.id}` },
        ip,
        now,
      );
  } catch (error) {
    await db.refundRequest.update({ where: { id: request.id }, data: { status: "PENDING", decidedAt: null } });
    throw error;
  }
  return { status };
}

/** The admin's queue: pending requests first, then the latest answered ones. */
export async function listRefundRequests() {
  const select = {
    id: true,
    status: true,
    reason: true,
    adminMessage: true,
    createdAt: true,
    decidedAt: true,
    userId: true,
    user: { select: { name: true, email: true } },
    payment: {
      select: {
        id: true,
        courseId: true,
        amountCents: true,
        refundedCents: true,
        currency: true,
        paidAt: true,
        course: { select: { title: true } },
      },
    },
  } as const;
  const [pending, answered] = await Promise.all([
    db.refundRequest.findMany({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, select }),
    db.refundRequest.findMany({
      where: { status: { not: "PENDING" } },
      orderBy: { createdAt: "desc" },
      take: 20,
      select,
    }),
  ]);
  // What put each waiting request outside the policy, for the admin to weigh: the learner's progress in the course.
  const progress = await Promise.all(pending.map((r) => progressIn(r.userId, r.payment.courseId)));
  return { pending: pending.map((r, i) => ({ ...r, progress: progress[i]! })), answered };
}
