import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/payments/auto-refresh";
import { TestModeBanner } from "@/components/payments/test-mode-banner";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { confirmCheckoutReturn, type CheckoutState } from "@/lib/payments/checkout-return";

export const metadata: Metadata = { title: "Your payment", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const COPY: Record<CheckoutState, { title: string; text: string }> = {
  ready: {
    title: "Payment received, your course is ready",
    text: "We have e-mailed your receipt. You can find it under Billing at any time.",
  },
  confirming: {
    title: "Confirming your payment…",
    text: "This usually takes a few seconds. This page updates by itself.",
  },
  processing: {
    title: "Confirming your payment…",
    text: "Your bank is confirming the payment. Some payment methods take a few days; your seat is held meanwhile and we will e-mail you as soon as the course is ready.",
  },
  failed: {
    title: "The payment did not go through",
    text: "Nothing was charged. You can try again with another payment method.",
  },
  expired: {
    title: "This checkout has ended",
    text: "Nothing was charged. Start again from the course page whenever you are ready.",
  },
  refunded: {
    title: "This payment was refunded",
    text: "The money is on its way back to you; see Billing for the details.",
  },
};

export default async function CheckoutSuccessPage({ searchParams }: Props) {
  const sessionId = (await searchParams).session_id;
  if (typeof sessionId !== "string" || !/^cs_[A-Za-z0-9_]{1,200}$/.test(sessionId)) notFound();
  const user = await requireUserOrRedirect(`/checkout/success?session_id=${sessionId}`);
  const view = await confirmCheckoutReturn(user.id, sessionId);
  if (!view) notFound();
  const copy = COPY[view.state];
  const waiting = view.state === "confirming" || view.state === "processing";

  return (
    <Container className="max-w-xl py-12 sm:py-16">
      {view.testMode ? <TestModeBanner /> : null}
      <div
        data-testid="checkout-state"
        data-state={view.state}
        className="rounded-2xl border border-slate-200 bg-white p-8 shadow-sm dark:border-slate-800 dark:bg-slate-900"
      >
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white" aria-live="polite">
          {copy.title}
        </h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">{view.courseTitle}</p>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{copy.text}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          {view.state === "ready" ? <ButtonLink href={view.startHref}>Go to the first lesson</ButtonLink> : null}
          {view.state === "ready" ? (
            <ButtonLink href={`/billing/${view.paymentId}`} variant="secondary">
              View receipt
            </ButtonLink>
          ) : null}
          {view.state === "failed" || view.state === "expired" ? (
            <ButtonLink href={`/courses/${view.courseSlug}`}>Back to the course</ButtonLink>
          ) : null}
          {view.state === "processing" && view.testMode && view.sessionId ? (
            <Link
              href={`/checkout/test/${view.sessionId}`}
              className="text-sm font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
            >
              Open the test bank to settle this payment
            </Link>
          ) : null}
        </div>
      </div>
      {waiting ? <AutoRefresh seconds={view.state === "confirming" ? 2 : 10} /> : null}
    </Container>
  );
}
