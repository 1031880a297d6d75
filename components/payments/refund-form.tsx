"use client";
// Full or partial refund of one payment. The admin confirms in a dialog that states the amount and what
// happens to the learner's access; `attempt` (made when the page renders) makes a repeated submit repeat
// the same refund request, which the server answers with the first result.
import { useId, useState } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { clsx } from "clsx";
import { BUTTON_BASE } from "@/components/ui/button-link";
import { FieldErrorsProvider, FormAlert, TextField } from "@/components/ui/form/form-controls";
import { useKeptActionState } from "@/components/ui/form/use-kept-action-state";
import { refundPaymentAction } from "@/lib/payments/actions";
import { formatMoney, parseMajorAmount } from "@/lib/payments/money";

const DANGER = clsx(
  BUTTON_BASE,
  "bg-rose-700 text-white hover:bg-rose-800 dark:bg-rose-400 dark:text-slate-950 dark:hover:bg-rose-300",
);
const QUIET = clsx(
  BUTTON_BASE,
  "border border-slate-300 text-slate-900 hover:bg-slate-50 dark:border-slate-700 dark:text-slate-100 dark:hover:bg-slate-800",
);

function effectOf(cents: number | null, refundableCents: number, currency: string, inCohort: boolean): string {
  if (cents === null || cents < 1) return "Enter an amount such as 25 or 25.50 first.";
  if (cents > refundableCents) return `At most ${formatMoney(refundableCents, currency)} can still be refunded.`;
  if (cents === refundableCents)
    return `This refunds everything still paid: the learner loses access to the course${inCohort ? " and their cohort seat is freed" : ""}.`;
  return "A partial refund: the learner keeps access to the course.";
}

export function RefundForm({
  paymentId,
  refundableCents,
  currency,
  inCohort,
  attempt,
  label,
}: {
  paymentId: string;
  refundableCents: number;
  currency: string;
  inCohort: boolean;
  attempt: string;
  label: string;
}) {
  const { result: state, values, pending, formProps } = useKeptActionState(refundPaymentAction);
  const form = formProps.ref;
  const [amount, setAmount] = useState((refundableCents / 100).toFixed(2));
  const [open, setOpen] = useState(false);
  const id = useId();
  const cents = parseMajorAmount(amount);
  const valid = cents !== null && cents >= 1 && cents <= refundableCents;
  const done = state?.ok === true;

  return (
    <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined} values={values}>
      <form {...formProps} className="space-y-2" aria-labelledby={`${id}-title`}>
        <p id={`${id}-title`} className="sr-only">
          Refund {label}
        </p>
        <input type="hidden" name="paymentId" value={paymentId} />
        <input type="hidden" name="attempt" value={attempt} />
        <div className="flex flex-wrap items-end gap-2">
          <TextField
            name="amount"
            label="Refund amount"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            inputMode="decimal"
            className="w-32"
          />
          <TextField name="reason" label="Reason (optional)" maxLength={200} className="w-48" />
          <Dialog.Root open={open} onOpenChange={setOpen}>
            <Dialog.Trigger className={DANGER} disabled={pending || done}>
              {pending ? "Refunding…" : "Refund"}
            </Dialog.Trigger>
            <Dialog.Portal>
              <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
              <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-2xl bg-white p-6 shadow-xl dark:bg-slate-900">
                <Dialog.Title className="text-lg font-semibold text-slate-900 dark:text-white">
                  Refund {valid ? formatMoney(cents, currency) : "this payment"}?
                </Dialog.Title>
                <Dialog.Description className="mt-2 text-sm text-slate-700 dark:text-slate-300">
                  {label}. {effectOf(cents, refundableCents, currency, inCohort)} The money goes back to the card it
                  came from; this cannot be undone.
                </Dialog.Description>
                <div className="mt-6 flex justify-end gap-2">
                  <Dialog.Close className={QUIET}>Cancel</Dialog.Close>
                  <button
                    type="button"
                    className={DANGER}
                    disabled={!valid || pending}
                    onClick={() => {
                      setOpen(false);
                      form.current?.requestSubmit();
                    }}
                  >
                    Refund {valid ? formatMoney(cents, currency) : ""}
                  </button>
                </div>
              </Dialog.Content>
            </Dialog.Portal>
          </Dialog.Root>
        </div>
        {done ? <FormAlert tone="success">Refunded. The learner has been e-mailed.</FormAlert> : null}
        {state && !state.ok && !state.fieldErrors ? <FormAlert>{state.error}</FormAlert> : null}
      </form>
    </FieldErrorsProvider>
  );
}
