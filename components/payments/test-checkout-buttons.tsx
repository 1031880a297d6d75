"use client";
// The built-in provider's stand-in for Stripe's hosted page: each button does what a customer would. The buttons
// wait for the page's script: the next page is opened by it, and a click before then would leave the customer here.
import { useActionState, useEffect } from "react";
import { clsx } from "clsx";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { FormAlert } from "@/components/ui/form/form-controls";
import { useHydrated } from "@/components/ui/use-hydrated";
import { settleTestCheckoutAction, testCheckoutAction } from "@/lib/payments/actions";

export function TestCheckoutButtons({ sessionId, declined }: { sessionId: string; declined: boolean }) {
  const [state, action, pending] = useActionState(testCheckoutAction, null);
  const ready = useHydrated();
  useEffect(() => {
    if (state?.ok && state.data.next) window.location.assign(state.data.next);
  }, [state]);
  const showDeclined = state?.ok ? state.data.declined : declined;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="sessionId" value={sessionId} />
      {showDeclined ? (
        <FormAlert>Your card was declined. Nothing was charged. Try again, or use another card.</FormAlert>
      ) : null}
      {state && !state.ok ? <FormAlert>{state.error}</FormAlert> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <button
          type="submit"
          name="outcome"
          value="pay"
          disabled={pending || !ready}
          className={clsx(BUTTON_BASE, BUTTON_STYLES.primary)}
        >
          Pay
        </button>
        <button
          type="submit"
          name="outcome"
          value="decline"
          disabled={pending || !ready}
          className={clsx(BUTTON_BASE, BUTTON_STYLES.secondary)}
        >
          Decline
        </button>
        <button
          type="submit"
          name="outcome"
          value="pay-later"
          disabled={pending || !ready}
          className={clsx(BUTTON_BASE, BUTTON_STYLES.secondary)}
        >
          Pay later (async)
        </button>
      </div>
    </form>
  );
}

export function TestSettleButtons({ sessionId }: { sessionId: string }) {
  const [state, action, pending] = useActionState(settleTestCheckoutAction, null);
  const ready = useHydrated();
  useEffect(() => {
    if (state?.ok) window.location.assign(state.data.next);
  }, [state]);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="sessionId" value={sessionId} />
      {state && !state.ok ? <FormAlert>{state.error}</FormAlert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <button
          type="submit"
          name="outcome"
          value="succeed"
          disabled={pending || !ready}
          className={clsx(BUTTON_BASE, BUTTON_STYLES.primary)}
        >
          Bank confirms the payment
        </button>
        <button
          type="submit"
          name="outcome"
          value="fail"
          disabled={pending || !ready}
          className={clsx(BUTTON_BASE, BUTTON_STYLES.secondary)}
        >
          Bank rejects the payment
        </button>
      </div>
    </form>
  );
}
