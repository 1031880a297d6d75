"use client";
// "Ask for a refund" on the billing page and the receipt. Within the policy the refund is immediate, so the
// button asks first in a dialog saying what happens; outside it the learner sends a request with a reason.
import { ActionForm } from "@/components/ui/form/action-form";
import { TextAreaField } from "@/components/ui/form/form-controls";
import { askForRefundAction } from "@/lib/payments/actions";

type Props = {
  paymentId: string;
  courseTitle: string;
  amount: string;
  decision: { kind: "automatic" } | { kind: "review"; why: string };
};

export function RefundRequestForm({ paymentId, courseTitle, amount, decision }: Props) {
  const automatic = decision.kind === "automatic";
  return (
    <details className="group mt-3 rounded-lg border border-slate-200 px-3 py-2 text-sm dark:border-slate-700">
      <summary className="cursor-pointer font-semibold text-brand-700 dark:text-brand-300">
        Ask for a refund<span className="sr-only"> of {courseTitle}</span>
      </summary>
      <div className="mt-3 space-y-3">
        <p className="text-slate-700 dark:text-slate-300">
          {automatic
            ? `This purchase is within our refund policy: ${amount} goes back to your card at once.`
            : `${decision.why} Our team reads your request and answers on this page.`}
        </p>
        <ActionForm
          action={askForRefundAction}
          submitLabel={automatic ? `Refund ${amount}` : "Send the request"}
          pendingLabel={automatic ? "Refunding…" : "Sending…"}
          variant={automatic ? "danger" : "primary"}
          confirm={
            automatic
              ? {
                  title: `Refund ${amount} for ${courseTitle}?`,
                  description: "The money goes back to the card you paid with, and your access to the course ends now.",
                  confirmLabel: `Refund ${amount}`,
                }
              : undefined
          }
        >
          <input type="hidden" name="paymentId" value={paymentId} />
          <TextAreaField
            name="reason"
            label={automatic ? "Why? (optional, it helps us improve)" : "Why are you asking? (optional)"}
            rows={3}
            maxLength={1000}
          />
        </ActionForm>
      </div>
    </details>
  );
}
