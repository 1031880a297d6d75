"use client";
import Link from "next/link";
import { useRef } from "react";
import { usePathname } from "next/navigation";
import { clsx } from "clsx";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/auth/session/sign-out-actions";
import { accountMenuItemsFor } from "./account-menu-items";
import { useViewer } from "./use-viewer";

const ITEM =
  "block w-full cursor-pointer rounded-md px-3 py-2 text-left text-sm text-slate-700 outline-none data-[highlighted]:bg-slate-100 data-[highlighted]:text-slate-900 dark:text-slate-200 dark:data-[highlighted]:bg-slate-800 dark:data-[highlighted]:text-white";

function initials(name: string | null, email: string): string {
  const source = name?.trim() || email;
  const parts = source.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase() || "?";
}

// The account pages themselves, where "come back here" would mean nothing.
const NO_RETURN = /^\/(?:$|sign-in|sign-up|sign-out|verify-email|forgot-password|reset-password)/;

/** "?callbackUrl=<this page>", so signing in or up from the header comes back to the page (the server checks it). */
function returnQuery(pathname: string | null): string {
  return pathname && !NO_RETURN.test(pathname) ? `?${new URLSearchParams({ callbackUrl: pathname })}` : "";
}

/**
 * Header account menu: sign-in links for visitors, a menu (Radix: keyboard, Escape, click outside, closes on
 * choice) for signed-in people. Rendered in the browser (see useViewer); until the answer is in, the links
 * hold their place invisibly.
 */
export function UserNav() {
  const { status, viewer: user } = useViewer();
  const signOutForm = useRef<HTMLFormElement>(null);
  const back = returnQuery(usePathname());
  if (!user) {
    return (
      <div
        className={clsx("flex items-center gap-1", status === "unknown" && "invisible")}
        data-testid="user-nav"
        data-status={status}
      >
        <Link
          href={`/sign-in${back}`}
          className="rounded-lg px-2.5 py-2 text-sm font-semibold whitespace-nowrap text-slate-700 hover:bg-slate-100 sm:px-3 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          Sign in
        </Link>
        <Link
          href={`/sign-up${back}`}
          className="inline-flex rounded-lg bg-brand-600 px-2.5 py-2 text-sm font-semibold whitespace-nowrap text-white shadow-sm hover:bg-brand-700 sm:px-3 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400"
        >
          Sign up
        </Link>
      </div>
    );
  }
  return (
    <div data-testid="user-nav" data-status={status}>
      {/* Outside the menu: the menu's content unmounts as it closes, the form must outlive it. */}
      <form ref={signOutForm} action={signOutAction} hidden />
      <Menu.Root modal={false}>
        <Menu.Trigger className="flex items-center gap-2 rounded-full p-1 pr-2 hover:bg-slate-100 data-[state=open]:bg-slate-100 dark:hover:bg-slate-800 dark:data-[state=open]:bg-slate-800">
          <span
            aria-hidden="true"
            className="flex size-8 items-center justify-center rounded-full bg-brand-100 text-xs font-bold text-brand-800 dark:bg-brand-900 dark:text-brand-100"
          >
            {initials(user.name, user.email)}
          </span>
          <span className="hidden max-w-40 truncate text-sm font-medium text-slate-700 sm:inline dark:text-slate-200">
            {user.name ?? user.email}
          </span>
          <span className="sr-only">Account menu</span>
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content
            align="end"
            sideOffset={8}
            className="z-40 w-64 rounded-xl border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-800 dark:bg-slate-900"
          >
            <Menu.Label className="border-b border-slate-200 px-3 pt-1 pb-2 dark:border-slate-800">
              <span className="block truncate text-sm font-semibold text-slate-900 dark:text-white">
                {user.name ?? "Your account"}
              </span>
              <span className="block truncate text-xs text-slate-600 dark:text-slate-400">{user.email}</span>
              <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">{ROLE_LABELS[user.role]}</span>
            </Menu.Label>
            <div className="pt-2">
              {accountMenuItemsFor(user.role).map((item) => (
                <Menu.Item key={item.href} asChild className={ITEM}>
                  <Link href={item.href}>{item.label}</Link>
                </Menu.Item>
              ))}
              <Menu.Item className={ITEM} onSelect={() => signOutForm.current?.requestSubmit()}>
                Sign out
              </Menu.Item>
            </div>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
    </div>
  );
}
