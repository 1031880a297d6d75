/** Shown on every payment page while the built-in test provider stands in for Stripe. */
export function TestModeBanner() {
  return (
    <p
      role="note"
      className="mb-6 rounded-lg border-2 border-dashed border-amber-500 bg-amber-50 px-4 py-3 text-sm font-semibold text-amber-900 dark:border-amber-400 dark:bg-amber-950/50 dark:text-amber-100"
    >
      TEST MODE: no Stripe keys are configured, so no real money moves. Payments go through the built-in test provider.
    </p>
  );
}
