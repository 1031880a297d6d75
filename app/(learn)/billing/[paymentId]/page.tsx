import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/learn/print-button";
import { Container } from "@/components/ui/container";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { formatMoney } from "@/lib/payments/money";
import { getReceipt } from "@/lib/payments/queries";
import { refundDecisionsFor } from "@/lib/payments/refund-requests";
import { RefundStatus } from "@/components/payments/refund-status";

export const metadata: Metadata = { title: "Receipt", robots: { index: false } };

type Props = { params: Promise<{ paymentId: string }> };

export default async function ReceiptPage({ params }: Props) {
  const { paymentId } = await params;
  if (!/^[a-z0-9]{10,40}$/.test(paymentId)) notFound();
  const user = await requireUserOrRedirect(`/billing/${paymentId}`);
  const receipt = await getReceipt(user.id, paymentId);
  if (!receipt) notFound();
  const decision = (await refundDecisionsFor(user.id, [receipt.id])).get(receipt.id);
  const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: user.timeZone });
  const money = (cents: number) => formatMoney(cents, receipt.currency);
  const rows: Array<[string, string]> = [
    [
      receipt.course.title + (receipt.cohort ? ` (${receipt.cohort.title})` : ""),
      money(receipt.listPriceCents || receipt.amountCents),
    ],
  ];
  if (receipt.discountCents > 0)
    rows.push([`Coupon ${receipt.coupon?.code ?? ""}`.trim(), `−${money(receipt.discountCents)}`]);

  return (
    <Container className="max-w-2xl py-10 print:py-0">
      <div className="mb-6 flex items-center justify-between gap-4 print:hidden">
        <Link href="/billing" className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300">
          ← Billing
        </Link>
        <PrintButton />
      </div>
      <article className="rounded-2xl border border-slate-200 bg-white p-5 text-slate-900 shadow-sm sm:p-8 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100 print:border-0 print:p-0 print:shadow-none print:dark:bg-white print:dark:text-slate-900">
        <header className="flex flex-wrap items-start justify-between gap-4 border-b border-slate-200 pb-6 dark:border-slate-800">
          <div>
            <p className="text-lg font-bold">Backend Academy</p>
            <h1 className="mt-1 text-2xl font-bold tracking-tight">Receipt</h1>
          </div>
          {/* ml-auto: when the block wraps under the title (a phone), it still ends at the card's edge. */}
          <dl className="ml-auto text-right text-sm">
            <dt className="text-slate-600 dark:text-slate-400">Receipt number</dt>
            <dd className="font-mono break-all">{receipt.id}</dd>
            <dt className="mt-2 text-slate-600 dark:text-slate-400">Date paid</dt>
            <dd>{receipt.paidAt ? date.format(receipt.paidAt) : "—"}</dd>
          </dl>
        </header>
        <p className="mt-6 text-sm">
          Billed to {receipt.user.name ? `${receipt.user.name}, ` : ""}
          {receipt.user.email}
        </p>
        <table className="mt-6 w-full text-sm">
          <caption className="sr-only">Items</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <th scope="col" className="py-2 font-medium">
                Item
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([item, amount]) => (
              <tr key={item} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-2">{item}</td>
                <td className="py-2 text-right">{amount}</td>
              </tr>
            ))}
            <tr className="font-semibold">
              <th scope="row" className="py-3 text-left">
                Total paid
              </th>
              <td className="py-3 text-right" data-testid="receipt-total">
                {money(receipt.amountCents)}
              </td>
            </tr>
            {receipt.refunds.map((r) => (
              <tr key={r.id}>
                <td className="py-1">Refund on {date.format(r.createdAt)}</td>
                <td className="py-1 text-right">−{money(r.amountCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {receipt.receiptUrl ? (
          <p className="mt-6 text-sm print:hidden">
            <a
              href={receipt.receiptUrl}
              className="font-semibold text-brand-700 underline dark:text-brand-300"
              rel="noopener noreferrer"
              target="_blank"
            >
              Stripe receipt
            </a>
          </p>
        ) : null}
        <div className="print:hidden">
          <RefundStatus
            paymentId={receipt.id}
            courseTitle={receipt.course.title}
            amount={money(receipt.amountCents - receipt.refundedCents)}
            request={receipt.refundRequest}
            decision={decision}
            formatDate={(at) => date.format(at)}
          />
        </div>
      </article>
    </Container>
  );
}
