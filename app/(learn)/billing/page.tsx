import type { Metadata } from "next";
import Link from "next/link";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { formatMoney } from "@/lib/payments/money";
import { listBillingPayments } from "@/lib/payments/queries";
import { refundDecisionsFor } from "@/lib/payments/refund-requests";
import { RefundStatus } from "@/components/payments/refund-status";

export const metadata: Metadata = { title: "Billing", robots: { index: false } };

export default async function BillingPage() {
  const user = await requireUserOrRedirect("/billing");
  const payments = await listBillingPayments(user.id);
  const decisions = await refundDecisionsFor(
    user.id,
    payments.map((p) => p.id),
  );
  const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: user.timeZone });

  return (
    <Container className="max-w-3xl py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Billing</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Your purchases, refunds and receipts. See our{" "}
        <Link href="/refund-policy" className="font-semibold text-brand-700 underline dark:text-brand-300">
          refund policy
        </Link>
        .
      </p>
      {payments.length === 0 ? (
        <div className="mt-8 rounded-2xl border border-dashed border-slate-300 p-10 text-center dark:border-slate-700">
          <p className="font-semibold text-slate-900 dark:text-white">No purchases yet.</p>
          <ButtonLink href="/courses" className="mt-4">
            Browse courses
          </ButtonLink>
        </div>
      ) : (
        <ul className="mt-8 divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {payments.map((p) => (
            <li key={p.id} className="grid gap-2 px-5 py-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center">
              <div className="min-w-0">
                <p className="font-medium text-slate-900 dark:text-white">{p.course.title}</p>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {date.format(p.paidAt ?? p.createdAt)}
                  {p.cohort ? ` · ${p.cohort.title}` : ""}
                  {p.coupon ? ` · coupon ${p.coupon.code}` : ""}
                </p>
                <div className="mt-1.5">
                  <PaymentStatusBadge status={p.status} dispute={p.disputeStatus} />
                </div>
                {p.refunds.map((r) => (
                  <p key={r.id} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                    Refunded {formatMoney(r.amountCents, p.currency)} on {date.format(r.createdAt)}
                  </p>
                ))}
                <RefundStatus
                  paymentId={p.id}
                  courseTitle={p.course.title}
                  amount={formatMoney(p.amountCents - p.refundedCents, p.currency)}
                  request={p.refundRequest}
                  decision={decisions.get(p.id)}
                  formatDate={(at) => date.format(at)}
                />
              </div>
              <div className="flex items-center gap-4 sm:flex-col sm:items-end sm:gap-1">
                <p className="text-lg font-semibold text-slate-900 dark:text-white">
                  {formatMoney(p.amountCents, p.currency)}
                </p>
                {p.status === "PAID" || p.status === "PARTIALLY_REFUNDED" || p.status === "REFUNDED" ? (
                  <Link
                    href={`/billing/${p.id}`}
                    className="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
                  >
                    Receipt<span className="sr-only"> for {p.course.title}</span>
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
