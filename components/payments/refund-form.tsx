"use client";
import { useActionState, useId } from "react";
import { clsx } from "clsx";
import { BUTTON_BASE } from "@/components/ui/button-link";
import { FieldErrorsProvider, FormAlert, TextField } from "@/components/ui/form/form-controls";
import { refundPaymentAction } from "@/lib/payments/actions";

/** Full or partial refund of one payment. `attempt` makes a double submit repeat the same refund. */
export function RefundForm({
  paymentId,
  refundable,
  attempt,
  label,
}: {
  paymentId: string;
  refundable: string;
  attempt: string;
  label: string;
}) {
  const [state, action, pending] = useActionState(refundPaymentAction, null);
  const id = useId();
  return (
    <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
      <form action={action} className="space-y-2" aria-labelledby={`${id}-title`}>
        <p id={`${id}-title`} className="sr-only">
          Refund {label}
        </p>
        <input type="hidden" name="paymentId" value={paymentId} />
        <input type="hidden" name="attempt" value={attempt} />
        <div className="flex flex-wrap items-end gap-2">
          <TextField
            name="amount"
            label="Refund amount"
            defaultValue={refundable}
            inputMode="decimal"
            className="w-32"
          />
          <TextField name="reason" label="Reason (optional)" maxLength={200} className="w-48" />
          <button
            type="submit"
            disabled={pending || state?.ok}
            className={clsx(
              BUTTON_BASE,
              "bg-rose-700 text-white hover:bg-rose-800 dark:bg-rose-400 dark:text-slate-950 dark:hover:bg-rose-300",
            )}
          >
            {pending ? "Refunding…" : "Refund"}
          </button>
        </div>
        {state?.ok ? <FormAlert tone="success">Refunded. The learner has been e-mailed.</FormAlert> : null}
        {state && !state.ok && !state.fieldErrors ? <FormAlert>{state.error}</FormAlert> : null}
      </form>
    </FieldErrorsProvider>
  );
}
