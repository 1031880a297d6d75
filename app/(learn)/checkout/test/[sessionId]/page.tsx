import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TestCheckoutButtons, TestSettleButtons } from "@/components/payments/test-checkout-buttons";
import { TestModeBanner } from "@/components/payments/test-mode-banner";
import { clsx } from "clsx";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { formatMoney } from "@/lib/payments/money";
import { getTestCheckout } from "@/lib/payments/provider/test-checkout";

export const metadata: Metadata = { title: "Test checkout", robots: { index: false } };

type Props = { params: Promise<{ sessionId: string }> };

export default async function TestCheckoutPage({ params }: Props) {
  const { sessionId } = await params;
  if (!/^cs_test_[a-f0-9]{24}$/.test(sessionId)) notFound();
  const user = await requireUserOrRedirect(`/checkout/test/${sessionId}`);
  const session = await getTestCheckout(user.id, sessionId);
  if (!session) notFound();
  const waitingForBank = session.status === "complete" && session.paymentStatus === "unpaid" && !session.declined;

  return (
    <Container className="max-w-lg py-12">
      <TestModeBanner />
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white">Test checkout</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Stands in for Stripe&apos;s payment page. Nothing here is charged.
      </p>
      <dl className="mt-6 space-y-1 rounded-xl border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="flex justify-between gap-4">
          <dt className="text-slate-700 dark:text-slate-300">
            {session.productName}
            {session.description ? (
              <span className="block text-xs text-slate-600 dark:text-slate-400">{session.description}</span>
            ) : null}
          </dt>
          <dd className="font-semibold text-slate-900 dark:text-white" data-testid="test-checkout-amount">
            {formatMoney(session.amountCents, session.currency)}
          </dd>
        </div>
        <div className="flex justify-between gap-4 pt-2 text-xs text-slate-600 dark:text-slate-400">
          <dt>Paying as</dt>
          <dd>{session.customerEmail}</dd>
        </div>
      </dl>
      <div className="mt-6">
        {session.status === "open" ? (
          <>
            <TestCheckoutButtons sessionId={session.id} declined={session.declined} />
            {/* A plain link: the cancel URL ends the checkout, so it must never be prefetched. */}
            <a href={session.cancelUrl} className={clsx(BUTTON_BASE, BUTTON_STYLES.ghost, "mt-4")}>
              Cancel and go back
            </a>
          </>
        ) : waitingForBank ? (
          <>
            <p role="status" className="mb-4 text-sm text-slate-700 dark:text-slate-300">
              This payment is waiting for the bank, as a bank debit would for a few days.
            </p>
            <TestSettleButtons sessionId={session.id} />
          </>
        ) : (
          <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
            This checkout has {session.status === "expired" ? "expired" : "been completed"}.
          </p>
        )}
      </div>
    </Container>
  );
}
