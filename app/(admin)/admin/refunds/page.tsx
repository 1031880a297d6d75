import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { RefundAnswerForm } from "@/components/payments/refund-answer-form";
import { Container } from "@/components/ui/container";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { countOf } from "@/lib/format/count";
import { formatMoney } from "@/lib/payments/money";
import { listRefundRequests } from "@/lib/payments/refund-requests";

export const metadata: Metadata = { title: "Refund requests · Admin" };

const STATUS_LABEL = {
  PENDING: "Waiting",
  APPROVED: "Approved",
  DECLINED: "Declined",
  REFUNDED: "Refunded within the policy",
} as const;

/** "the same day", "3 days later": how long after paying the learner asked. */
function afterPurchase(paidAt: Date, askedAt: Date): string {
  const days = Math.floor((askedAt.getTime() - paidAt.getTime()) / 86_400_000);
  return days < 1 ? "the same day" : `${countOf(days, "day")} later`;
}

export default async function AdminRefundsPage() {
  const { allowed } = await getUserWithRoleOrRedirect("/admin/refunds", "ADMIN");
  if (!allowed) forbidden();
  const { pending, answered } = await listRefundRequests();
  const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const card =
    "rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900 text-sm text-slate-700 dark:text-slate-300";

  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Admin</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Refund requests outside the published policy. Requests within it were refunded at once and are listed below.
      </p>
      <AdminNav current="/admin/refunds" />
      <h2 className="mt-8 text-xl font-bold text-slate-900 dark:text-white">
        Waiting for an answer ({pending.length})
      </h2>
      {pending.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">No request is waiting.</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {pending.map((r) => {
            const left = formatMoney(r.payment.amountCents - r.payment.refundedCents, r.payment.currency);
            const learner = r.user.name ?? r.user.email;
            return (
              <li key={r.id} className={card}>
                <p className="font-semibold text-slate-900 dark:text-white">
                  {learner} · {r.payment.course.title} · {left}
                </p>
                <p className="mt-1 break-all">{r.user.email}</p>
                {/* What the policy weighs: time since the purchase and progress in the course. */}
                <p className="mt-1">
                  Paid {r.payment.paidAt ? `${date.format(r.payment.paidAt)} UTC` : "—"} · asked{" "}
                  {date.format(r.createdAt)} UTC
                  {r.payment.paidAt ? ` (${afterPurchase(r.payment.paidAt, r.createdAt)})` : ""} ·{" "}
                  {r.progress.completed} of {countOf(r.progress.total, "lesson")} completed
                </p>
                <p className="mt-2">{r.reason ? `“${r.reason}”` : "No reason given."}</p>
                <div className="mt-4">
                  <RefundAnswerForm requestId={r.id} amount={left} learner={learner} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <h2 className="mt-10 text-xl font-bold text-slate-900 dark:text-white">Recently answered</h2>
      {answered.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">Nothing yet.</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {answered.map((r) => (
            <li key={r.id} className={card}>
              <p>
                <span className="font-semibold text-slate-900 dark:text-white">{STATUS_LABEL[r.status]}</span> ·{" "}
                {r.user.name ?? r.user.email} · {r.payment.course.title} ·{" "}
                {formatMoney(r.payment.amountCents, r.payment.currency)} · {date.format(r.decidedAt ?? r.createdAt)} UTC
              </p>
              {r.adminMessage ? <p className="mt-1">Message: {r.adminMessage}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
