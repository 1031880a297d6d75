import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pager } from "@/components/admin/pager";
import { PaymentFilters } from "@/components/payments/payment-filters";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";
import { RefundForm } from "@/components/payments/refund-form";
import { Container } from "@/components/ui/container";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { formatMoney } from "@/lib/payments/money";
import { listAdminPayments } from "@/lib/payments/queries";
import { paymentFilterSchema } from "@/lib/payments/schema";

export const metadata: Metadata = { title: "Payments · Admin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function queryOf(filter: Record<string, string | number | undefined>): URLSearchParams {
  return new URLSearchParams(
    Object.entries(filter)
      .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== "")
      .map(([k, v]) => [k, String(v)]),
  );
}

export default async function AdminPaymentsPage({ searchParams }: Props) {
  const { allowed } = await getUserWithRoleOrRedirect("/admin/payments", "ADMIN");
  if (!allowed) forbidden();
  const filter = paymentFilterSchema.parse(await searchParams);
  const { payments, total, courses, pageCount } = await listAdminPayments(filter);
  const { page: _page, ...withoutPage } = filter;
  const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Admin</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Payments, refunds and disputes. A full refund ends the learner&apos;s access and frees their seat.
      </p>
      <AdminNav current="/admin/payments" />
      <PaymentFilters filter={filter} courses={courses} exportHref={`/admin/payments/export?${queryOf(withoutPage)}`} />

      {payments.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No payments match these filters.
        </p>
      ) : (
        <ul
          className="divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
          aria-label="Payments"
        >
          {payments.map((p) => {
            const refundable = p.amountCents - p.refundedCents;
            return (
              <li
                key={p.id}
                className="grid gap-4 px-4 py-4 sm:px-6 lg:grid-cols-[minmax(0,1fr)_auto] lg:items-start"
                data-testid="admin-payment"
                data-payment-id={p.id}
              >
                <div className="min-w-0 text-sm">
                  <p className="font-medium text-slate-900 dark:text-white">
                    {p.course.title} · {formatMoney(p.amountCents, p.currency)}
                    {p.refundedCents > 0 ? (
                      <span className="font-normal text-slate-600 dark:text-slate-400">
                        {" "}
                        ({formatMoney(p.refundedCents, p.currency)} refunded)
                      </span>
                    ) : null}
                  </p>
                  <p className="truncate text-slate-600 dark:text-slate-400">
                    {p.user.email} · {date.format(p.createdAt)} UTC{p.coupon ? ` · coupon ${p.coupon.code}` : ""}
                  </p>
                  <p className="mt-0.5 truncate font-mono text-xs text-slate-600 dark:text-slate-400">{p.id}</p>
                  <div className="mt-1.5">
                    <PaymentStatusBadge status={p.status} dispute={p.disputeStatus} />
                  </div>
                </div>
                {(p.status === "PAID" || p.status === "PARTIALLY_REFUNDED") && refundable > 0 ? (
                  <RefundForm
                    paymentId={p.id}
                    refundableCents={refundable}
                    currency={p.currency}
                    inCohort={p.cohort !== null}
                    attempt={randomBytes(12).toString("base64url")}
                    label={`${p.user.email}, ${p.course.title}`}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <Pager
        page={filter.page}
        pageCount={pageCount}
        total={total}
        noun="payment"
        makeHref={(target) => `/admin/payments?${queryOf({ ...withoutPage, page: target })}`}
      />
    </Container>
  );
}
