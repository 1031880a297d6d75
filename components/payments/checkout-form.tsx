"use client";
// The order summary with a coupon field: "Apply" previews the discount line, "Continue to payment"
// starts Checkout (the server recomputes the price; nothing here decides it).
import { useActionState, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { clsx } from "clsx";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { FieldErrorsProvider, FormAlert, TextField } from "@/components/ui/form/form-controls";
import { focusFirstProblem } from "@/components/ui/form/use-kept-action-state";
import { useHydrated } from "@/components/ui/use-hydrated";
import { previewCouponAction, startCheckoutAction } from "@/lib/payments/actions";

/** A cohort on offer, its dates and start already in the learner's zone. */
export type CohortChoice = { id: string; title: string; dates: string; starts: string; seatsLeft: number };

type Props = {
  courseSlug: string;
  courseTitle: string;
  price: string;
  detail: string | null;
  holdsSeat: boolean;
  cohorts?: CohortChoice[];
  selectedCohortId?: string | null;
};

export function CheckoutForm({
  courseSlug,
  courseTitle,
  price,
  detail,
  holdsSeat,
  cohorts = [],
  selectedCohortId = null,
}: Props) {
  const router = useRouter();
  // Controlled: React resets a form's uncontrolled fields after each action, and the code must survive "Apply".
  const [code, setCode] = useState("");
  const [cohortId, setCohortId] = useState(selectedCohortId);
  const chosen = cohorts.find((c) => c.id === cohortId) ?? null;
  const [preview, previewAction, previewing] = useActionState(previewCouponAction, null);
  const [started, startAction, starting] = useActionState(startCheckoutAction, null);

  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if ((preview && !preview.ok) || (started && !started.ok)) focusFirstProblem(form.current);
  }, [preview, started]);

  useEffect(() => {
    if (!started?.ok) return;
    if (started.data.kind === "redirect") window.location.assign(started.data.url);
    else router.push(started.data.href);
  }, [started, router]);

  const applied = preview?.ok && preview.data.code === code.trim().toUpperCase() ? preview.data : null;
  const fieldErrors =
    (started && !started.ok ? started.fieldErrors : undefined) ??
    (preview && !preview.ok ? preview.fieldErrors : undefined);
  // Until the page's script runs, the form is shown but not usable: hydration would reset a code typed before it,
  // and the payment page is opened by the script.
  const ready = useHydrated();
  const busy = !ready || previewing || starting || Boolean(started?.ok);

  return (
    <FieldErrorsProvider errors={fieldErrors}>
      <form ref={form} className="space-y-6" noValidate>
        <input type="hidden" name="courseSlug" value={courseSlug} />
        {cohorts.length > 0 ? (
          <fieldset>
            <legend className="text-sm font-semibold text-slate-900 dark:text-white">Choose your cohort</legend>
            <div className="mt-2 space-y-2">
              {cohorts.map((cohort) => {
                const full = cohort.seatsLeft === 0;
                return (
                  <label
                    key={cohort.id}
                    className={clsx(
                      "flex gap-3 rounded-xl border p-4 text-sm",
                      cohort.id === cohortId
                        ? "border-brand-600 bg-brand-50 dark:border-brand-400 dark:bg-slate-800"
                        : "border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900",
                      full ? "opacity-70" : "cursor-pointer",
                    )}
                  >
                    <input
                      type="radio"
                      name="cohortId"
                      value={cohort.id}
                      checked={cohort.id === cohortId}
                      disabled={full || busy}
                      onChange={() => setCohortId(cohort.id)}
                      className="mt-1 accent-brand-600"
                    />
                    <span className="min-w-0">
                      <span className="block font-semibold text-slate-900 dark:text-white">{cohort.title}</span>
                      <span className="block text-slate-700 dark:text-slate-300">{cohort.dates}</span>
                      <span className="block text-slate-600 dark:text-slate-400">{cohort.starts}</span>
                      <span className="block text-slate-600 dark:text-slate-400">
                        {full
                          ? "Sold out: join its waitlist on the course page"
                          : `${cohort.seatsLeft} seat${cohort.seatsLeft === 1 ? "" : "s"} left`}
                      </span>
                    </span>
                  </label>
                );
              })}
            </div>
          </fieldset>
        ) : null}
        <dl
          className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
          aria-label="Order summary"
        >
          <div className="flex justify-between gap-4 px-4 py-3">
            <dt className="text-slate-700 dark:text-slate-300">
              {courseTitle}
              {chosen ? (
                <span className="block text-xs text-slate-600 dark:text-slate-400" data-testid="chosen-cohort">
                  {chosen.title} · {chosen.dates}
                </span>
              ) : detail ? (
                <span className="block text-xs text-slate-600 dark:text-slate-400">{detail}</span>
              ) : null}
            </dt>
            <dd className="font-medium text-slate-900 dark:text-white">{price}</dd>
          </div>
          {applied ? (
            <div className="flex justify-between gap-4 px-4 py-3" data-testid="discount-line">
              <dt className="text-emerald-800 dark:text-emerald-300">Coupon {applied.code}</dt>
              <dd className="font-medium text-emerald-800 dark:text-emerald-300">−{applied.discount}</dd>
            </div>
          ) : null}
          <div className="flex justify-between gap-4 px-4 py-3 text-base">
            <dt className="font-semibold text-slate-900 dark:text-white">Total</dt>
            <dd className="font-bold text-slate-900 dark:text-white" data-testid="order-total">
              {applied ? applied.total : price}
            </dd>
          </div>
        </dl>

        <div className="flex items-end gap-2">
          <TextField
            name="couponCode"
            label="Coupon code (optional)"
            autoComplete="off"
            maxLength={40}
            className="flex-1"
            value={code}
            disabled={!ready}
            onChange={(event) => setCode(event.target.value)}
          />
          <button
            type="submit"
            formAction={previewAction}
            disabled={busy}
            className={clsx(BUTTON_BASE, BUTTON_STYLES.secondary)}
          >
            {previewing ? "Checking…" : "Apply"}
          </button>
        </div>
        {preview && !preview.ok && !preview.fieldErrors ? <FormAlert>{preview.error}</FormAlert> : null}
        {applied?.free ? (
          <FormAlert tone="success">
            This coupon covers the whole price: you are enrolled as soon as you continue.
          </FormAlert>
        ) : null}
        {started && !started.ok ? <FormAlert>{started.error}</FormAlert> : null}

        <button
          type="submit"
          formAction={startAction}
          disabled={busy}
          className={clsx(BUTTON_BASE, BUTTON_STYLES.primary, "w-full py-3 text-base")}
        >
          {starting || started?.ok ? "Opening the payment page…" : applied?.free ? "Enrol now" : "Continue to payment"}
        </button>
        {/* Only a paid checkout goes to Stripe, and only a cohort has a seat to hold. */}
        {applied?.free ? null : (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Payment is handled by Stripe.{holdsSeat ? " Your seat is held for 30 minutes while you pay." : ""}
          </p>
        )}
      </form>
    </FieldErrorsProvider>
  );
}
