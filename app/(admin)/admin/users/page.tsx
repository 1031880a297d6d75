import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pager } from "@/components/admin/pager";
import { DisableForm, RoleForm } from "@/components/admin/user-row-actions";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { Badge } from "@/components/ui/badge";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/admin-service";
import { changeRoleAction, setUserDisabledAction } from "@/lib/users/actions";
import { userSearchSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Users · Admin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const { user, allowed } = await getUserWithRoleOrRedirect("/admin/users", "ADMIN");
  if (!allowed) forbidden();
  const { q, page } = userSearchSchema.parse(await searchParams);
  const result = await listUsers({ q, page });
  const makeHref = (target: number) =>
    `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(target) })}`;

  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Admin</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Change roles and disable accounts. Both sign the person out everywhere at once.
      </p>
      <AdminNav current="/admin/users" />

      <form role="search" method="get" className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="sm:w-96">
          <label htmlFor="user-search" className="block text-sm font-medium text-slate-900 dark:text-slate-100">
            Search users
          </label>
          <input
            id="user-search"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            placeholder="Name or email"
            className={`mt-1.5 ${INPUT_STYLES}`}
          />
        </div>
        <button type="submit" className={`${BUTTON_BASE} ${BUTTON_STYLES.secondary}`}>
          Search
        </button>
      </form>

      {result.users.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No users match “{q}”.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {result.users.map((row) => (
            <li
              key={row.id}
              className="grid gap-3 px-4 py-4 sm:px-6 md:grid-cols-[minmax(0,1fr)_auto_auto] md:items-center md:gap-6"
            >
              <div className="min-w-0">
                <p className="truncate font-medium text-slate-900 dark:text-white">
                  {row.name ?? "—"}
                  {row.id === user.id ? (
                    <span className="ml-2 text-xs font-normal text-slate-500 dark:text-slate-400">(you)</span>
                  ) : null}
                </p>
                <p className="truncate text-sm text-slate-600 dark:text-slate-400">{row.email}</p>
                <div className="mt-1.5 flex flex-wrap gap-1.5">
                  {row.disabledAt ? <Badge tone="amber">Disabled</Badge> : null}
                  {row.emailVerified ? null : <Badge>Unconfirmed email</Badge>}
                  <span className="text-xs text-slate-500 dark:text-slate-400">
                    Joined {row.createdAt.toISOString().slice(0, 10)}
                  </span>
                </div>
              </div>
              <RoleForm
                userId={row.id}
                email={row.email}
                role={row.role}
                action={changeRoleAction}
                disabled={row.id === user.id}
              />
              <DisableForm
                userId={row.id}
                email={row.email}
                isDisabled={Boolean(row.disabledAt)}
                action={setUserDisabledAction}
                disabled={row.id === user.id}
              />
            </li>
          ))}
        </ul>
      )}
      <Pager page={result.page} pageCount={result.pageCount} total={result.total} noun="user" makeHref={makeHref} />
    </Container>
  );
}
