import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { CouponActiveToggle, CouponForm } from "@/components/payments/coupon-form";
import { Container } from "@/components/ui/container";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { formatMoney } from "@/lib/payments/money";
import { listCoupons } from "@/lib/payments/queries";

export const metadata: Metadata = { title: "Coupons · Admin" };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminCouponsPage() {
  const { allowed } = await getUserWithRoleOrRedirect("/admin/coupons", "ADMIN");
  if (!allowed) forbidden();
  const { coupons, courses } = await listCoupons();

  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Admin</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Coupons learners enter at checkout. Each learner can use a coupon once.
      </p>
      <AdminNav current="/admin/coupons" />

      <section
        aria-labelledby="new-coupon"
        className="mb-10 rounded-2xl border border-slate-200 bg-white p-5 sm:p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="new-coupon" className="mb-4 text-lg font-semibold text-slate-900 dark:text-white">
          New coupon
        </h2>
        <CouponForm courses={courses} />
      </section>

      <h2 className="mb-3 text-lg font-semibold text-slate-900 dark:text-white">Coupons</h2>
      {coupons.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No coupons yet.
        </p>
      ) : (
        <ul
          aria-label="Coupons"
          className="divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
        >
          {coupons.map((c) => (
            <li
              key={c.id}
              data-testid="admin-coupon"
              className="grid gap-3 px-4 py-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center sm:px-6"
            >
              <div className="min-w-0 text-sm">
                <p className="font-mono font-semibold text-slate-900 dark:text-white">
                  {c.code}{" "}
                  <span
                    className={
                      c.active
                        ? "ml-1 rounded-full bg-emerald-50 px-2 py-0.5 font-sans text-xs font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300"
                        : "ml-1 rounded-full bg-slate-100 px-2 py-0.5 font-sans text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300"
                    }
                  >
                    {c.active ? "Active" : "Off"}
                  </span>
                </p>
                <p className="mt-1 text-slate-600 dark:text-slate-400">
                  {c.percentOff
                    ? `${c.percentOff}% off`
                    : `${formatMoney(c.amountOffCents ?? 0, c.course?.currency ?? "usd")} off`}
                  {" · "}
                  {c.course ? c.course.title : "every paid course"}
                  {" · "}
                  {c.redeemedCount} used{c.maxRedemptions !== null ? ` of ${c.maxRedemptions}` : ""}
                  {c.expiresAt ? ` · until ${day.format(c.expiresAt)}` : ""}
                </p>
              </div>
              <CouponActiveToggle couponId={c.id} code={c.code} active={c.active} />
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
