"use client";
import Link from "next/link";
import { clsx } from "clsx";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/auth/sign-out-actions";
import { useViewer } from "./use-viewer";

const ITEM = "block w-full rounded-md px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800";

function initials(name: string | null, email: string): string {
  const source = name?.trim() || email;
  const parts = source.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase() || "?";
}

/**
 * Header account menu: sign-in links for visitors, a small menu for signed-in people. Rendered in the
 * browser (see useViewer); until the answer is in, the links hold their place invisibly.
 */
export function UserNav() {
  const { status, viewer: user } = useViewer();
  if (!user) {
    return (
      <div className={clsx("flex items-center gap-1", status === "unknown" && "invisible")} data-testid="user-nav" data-status={status}>
        <Link href="/sign-in" className="whitespace-nowrap rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
          Sign in
        </Link>
        <Link href="/sign-up" className="hidden rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 sm:inline-flex dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400">
          Sign up
        </Link>
      </div>
    );
  }
  return (
    <details className="group relative" data-testid="user-nav" data-status={status}>
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-full p-1 pr-2 hover:bg-slate-100 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-brand-100 text-xs font-bold text-brand-800 dark:bg-brand-900 dark:text-brand-100">
          {initials(user.name, user.email)}
        </span>
        <span className="hidden max-w-40 truncate text-sm font-medium text-slate-700 sm:inline dark:text-slate-200">{user.name ?? user.email}</span>
        <span className="sr-only">Account menu</span>
      </summary>
      <div className="absolute right-0 z-40 mt-2 w-64 rounded-xl border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-800 dark:bg-slate-900">
        <div className="border-b border-slate-200 px-3 pb-2 pt-1 dark:border-slate-800">
          <p className="truncate text-sm font-semibold text-slate-900 dark:text-white">{user.name ?? "Your account"}</p>
          <p className="truncate text-xs text-slate-600 dark:text-slate-400">{user.email}</p>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{ROLE_LABELS[user.role]}</p>
        </div>
        <nav aria-label="Account" className="pt-2">
          <Link href="/dashboard" className={ITEM}>
            My learning
          </Link>
          <Link href="/profile" className={ITEM}>
            Profile and settings
          </Link>
          {user.role === "INSTRUCTOR" || user.role === "ADMIN" ? (
            <Link href="/studio" className={ITEM}>
              Studio
            </Link>
          ) : null}
          {user.role === "ADMIN" ? (
            <>
              <Link href="/admin/users" className={ITEM}>
                Manage users
              </Link>
              <Link href="/admin/audit" className={ITEM}>
                Audit log
              </Link>
            </>
          ) : null}
          <form action={signOutAction}>
            <button type="submit" className={ITEM}>
              Sign out
            </button>
          </form>
        </nav>
      </div>
    </details>
  );
}
