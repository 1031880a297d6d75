import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pager } from "@/components/admin/pager";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { listAuditEntries } from "@/lib/audit/queries";
import { AUDIT_ACTIONS } from "@/lib/audit/record-audit";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { auditSearchSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Audit log · Admin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LABELS: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in",
  "auth.sign_up": "Signed up",
  "auth.email_verified": "Confirmed email",
  "auth.password_reset_requested": "Asked for password reset",
  "auth.password_reset": "Reset password",
  "auth.password_changed": "Changed password",
  "auth.email_changed": "Changed email",
  "auth.sign_out_everywhere": "Signed out everywhere",
  "user.role_changed": "Role changed",
  "user.disabled": "Account disabled",
  "user.enabled": "Account enabled",
  "user.deleted": "Account deleted",
  "ops.pages_purged": "Purged cached pages",
};

function describeMeta(meta: unknown): string {
  if (!meta || typeof meta !== "object") return "";
  return Object.entries(meta as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(", ");
}

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

  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Admin</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Sign-ins, failed sign-ins, role changes and password resets, newest first. Times in {user.timeZone}.
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
                {LABELS[value] ?? value}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={`${BUTTON_BASE} ${BUTTON_STYLES.secondary}`}>
          Filter
        </button>
      </form>

      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm dark:divide-slate-800">
          <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase dark:bg-slate-800/50 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">
                When
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Event
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                By
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Account
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                IP
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Details
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {result.entries.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-4 py-10 text-center text-slate-600 dark:text-slate-400">
                  No events recorded yet.
                </td>
              </tr>
            ) : (
              result.entries.map((entry) => (
                <tr key={entry.id} className="align-top">
                  <td className="px-4 py-3 whitespace-nowrap text-slate-600 dark:text-slate-400">
                    {format.format(entry.createdAt)}
                  </td>
                  <td className="px-4 py-3 font-medium whitespace-nowrap text-slate-900 dark:text-white">
                    {LABELS[entry.action] ?? entry.action}
                  </td>
                  <td className="px-4 py-3 text-slate-700 dark:text-slate-300">{entry.actor?.email ?? "—"}</td>
                  <td className="px-4 py-3 text-slate-700 dark:text-slate-300">{entry.targetEmail ?? "—"}</td>
                  <td className="px-4 py-3 font-mono text-xs whitespace-nowrap text-slate-600 dark:text-slate-400">
                    {entry.ip ?? "—"}
                  </td>
                  <td className="px-4 py-3 text-xs text-slate-600 dark:text-slate-400">{describeMeta(entry.meta)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pager page={result.page} pageCount={result.pageCount} total={result.total} noun="event" makeHref={makeHref} />
    </Container>
  );
}
