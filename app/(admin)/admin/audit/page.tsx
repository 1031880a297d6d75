import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditEntries } from "@/components/admin/audit-entries";
import { Pager } from "@/components/admin/pager";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { AUDIT_LABELS } from "@/lib/users/audit-labels";
import { listAuditEntries } from "@/lib/users/audit-queries";
import { AUDIT_ACTIONS } from "@/lib/audit/record-audit";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { auditSearchSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Audit log · Admin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminAuditPage({ searchParams }: Props) {
  const { user, allowed } = await getUserWithRoleOrRedirect("/admin/audit", "ADMIN");
  if (!allowed) forbidden();
  const { action, page } = auditSearchSchema.parse(await searchParams);
  const result = await listAuditEntries({ action, page });
  const makeHref = (target: number) =>
    `/admin/audit?${new URLSearchParams({ ...(action ? { action } : {}), page: String(target) })}`;
  const format = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: user.timeZone,
  });
  const entries = result.entries.map((entry) => ({ ...entry, when: format.format(entry.createdAt) }));

  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Admin</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Sign-ins, account changes, refunds, coupons, advisors, reviews and publishing, newest first. Times in{" "}
        {user.timeZone}.
      </p>
      <AdminNav current="/admin/audit" />

      <form method="get" className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="sm:w-72">
          <label htmlFor="audit-action" className="block text-sm font-medium text-slate-900 dark:text-slate-100">
            Event
          </label>
          <select id="audit-action" name="action" defaultValue={action} className={`mt-1.5 ${INPUT_STYLES}`}>
            <option value="">All events</option>
            {AUDIT_ACTIONS.map((value) => (
              <option key={value} value={value}>
                {AUDIT_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={`${BUTTON_BASE} ${BUTTON_STYLES.secondary}`}>
          Filter
        </button>
      </form>

      <AuditEntries entries={entries} />
      <Pager page={result.page} pageCount={result.pageCount} total={result.total} noun="event" makeHref={makeHref} />
    </Container>
  );
}
