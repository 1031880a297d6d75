import { describe, expect, it } from "vitest";
import { decideRefund, REFUND_POLICY_TEXT, type RefundCase } from "@/lib/catalog/refund-policy";
import { FAQ, REFUND_POLICY } from "@/lib/catalog/faq";

const NOW = new Date("2026-12-20T12:00:00Z");
const days = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const base: RefundCase = {
  status: "PAID",
  paidAt: days(3),
  refundableCents: 12900,
  completedLessons: 2,
  totalLessons: 12,
  cohortStartsAt: null,
  existingRequest: null,
  disputed: false,
};

describe("decideRefund", () => {
  it("refunds at once within 14 days and under a third of the lessons", () => {
    expect(decideRefund(base, NOW)).toEqual({ kind: "automatic" });
    expect(decideRefund({ ...base, paidAt: days(14) }, NOW).kind).toBe("automatic");
    expect(decideRefund({ ...base, completedLessons: 3 }, NOW).kind).toBe("automatic");
    expect(decideRefund({ ...base, totalLessons: 0, completedLessons: 0 }, NOW).kind).toBe("automatic");
  });

  it("sends a request for review past the window or at a third of the course", () => {
    expect(decideRefund({ ...base, paidAt: days(14.01) }, NOW).kind).toBe("review");
    expect(decideRefund({ ...base, completedLessons: 4 }, NOW)).toMatchObject({ kind: "review", why: /third/ });
  });

  it("refunds a cohort at once until 7 days before it starts, then by review", () => {
    const starts = (d: number) => new Date(NOW.getTime() + d * 86_400_000);
    expect(decideRefund({ ...base, paidAt: days(40), cohortStartsAt: starts(8) }, NOW).kind).toBe("automatic");
    expect(decideRefund({ ...base, cohortStartsAt: starts(7) }, NOW).kind).toBe("review");
  });

  it("offers nothing for a refunded, disputed, unpaid or already requested payment", () => {
    for (const change of [
      { status: "PROCESSING" },
      { status: "REFUNDED", refundableCents: 0 },
      { refundableCents: 0 },
      { disputed: true },
      { existingRequest: "PENDING" as const },
      { existingRequest: "DECLINED" as const },
    ])
      expect(decideRefund({ ...base, ...change }, NOW).kind).toBe("unavailable");
  });
});

describe("one statement of the policy", () => {
  it("is what the FAQ answers", () => {
    expect(REFUND_POLICY.answer).toBe(REFUND_POLICY_TEXT.summary);
    expect(FAQ).toContain(REFUND_POLICY);
  });
});
