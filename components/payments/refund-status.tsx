import type { RefundDecision } from "@/lib/catalog/refund-policy";
import { RefundRequestForm } from "./refund-request-form";

type Request = {
  status: "PENDING" | "APPROVED" | "DECLINED" | "REFUNDED";
  adminMessage: string;
  decidedAt: Date | null;
};

/** Where the learner's refund stands, or the form to ask for one (nothing when a refund is not possible). */
export function RefundStatus({
  paymentId,
  courseTitle,
  amount,
  request,
  decision,
  formatDate,
}: {
  paymentId: string;
  courseTitle: string;
  amount: string;
  request: Request | null;
  decision: RefundDecision | undefined;
  formatDate: (at: Date) => string;
}) {
  if (request) {
    const decided = request.decidedAt ? ` on ${formatDate(request.decidedAt)}` : "";
    const text = {
      PENDING: "Refund requested: our team will answer here.",
      APPROVED: `Refund request approved${decided}.`,
      DECLINED: `Refund request declined${decided}.`,
      REFUNDED: "Refunded within the refund policy.",
    }[request.status];
    return (
      <div role="status" className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        <p className="font-medium">{text}</p>
        {request.adminMessage ? (
          <p className="mt-1 rounded-md bg-slate-50 px-3 py-2 dark:bg-slate-800/60">
            <span className="font-semibold">From our team:</span> {request.adminMessage}
          </p>
        ) : null}
      </div>
    );
  }
  if (!decision || decision.kind === "unavailable") return null;
  return <RefundRequestForm paymentId={paymentId} courseTitle={courseTitle} amount={amount} decision={decision} />;
}
