"use client";
// An admin's answer to a learner's refund request: a message the learner reads, then approve or decline.
import { useState } from "react";
import { ActionForm } from "@/components/ui/form/action-form";
import { TextAreaField } from "@/components/ui/form/form-controls";
import { answerRefundRequestAction } from "@/lib/payments/actions";

export function RefundAnswerForm({
  requestId,
  amount,
  learner,
}: {
  requestId: string;
  amount: string;
  learner: string;
}) {
  const [decision, setDecision] = useState<"approve" | "decline">("approve");
  const approving = decision === "approve";
  return (
    <ActionForm
      action={answerRefundRequestAction}
      submitLabel={approving ? `Approve and refund ${amount}` : "Decline"}
      pendingLabel={approving ? "Refunding…" : "Declining…"}
      successMessage="Answered. The learner sees it on their billing page."
      confirm={{
        title: approving ? `Refund ${amount} to ${learner}?` : `Decline ${learner}'s request?`,
        description: approving
          ? "The money goes back to their card and their access to the course ends."
          : "They see your message on their billing page; the request cannot be reopened.",
        confirmLabel: approving ? `Refund ${amount}` : "Decline the request",
      }}
      className="space-y-3"
    >
      <input type="hidden" name="requestId" value={requestId} />
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">Answer</legend>
        {(["approve", "decline"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name="decision"
              value={value}
              checked={decision === value}
              onChange={() => setDecision(value)}
            />
            {value === "approve" ? "Approve" : "Decline"}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        name="message"
        label={approving ? "Message to the learner (optional)" : "Why is it declined? (the learner reads this)"}
        rows={2}
        maxLength={1000}
      />
    </ActionForm>
  );
}
