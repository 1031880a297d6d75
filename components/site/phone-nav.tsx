"use client";
import Link from "next/link";
import * as Menu from "@radix-ui/react-dropdown-menu";

const ITEM =
  "block w-full cursor-pointer rounded-md px-3 py-2 text-left text-sm text-slate-700 outline-none data-[highlighted]:bg-slate-100 data-[highlighted]:text-slate-900 dark:text-slate-200 dark:data-[highlighted]:bg-slate-800 dark:data-[highlighted]:text-white";

/**
 * The main navigation on phones, where the header has no room for its links beside Sign in and Sign up: one
 * icon button opening a menu (Radix: keyboard, Escape, click outside, closes on choice).
 */
export function PhoneNav({ items }: { items: readonly { href: string; label: string }[] }) {
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger className="-ml-2 grid size-10 place-items-center rounded-md text-slate-700 hover:bg-slate-100 data-[state=open]:bg-slate-100 sm:hidden dark:text-slate-300 dark:hover:bg-slate-800 dark:data-[state=open]:bg-slate-800">
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" />
        </svg>
        <span className="sr-only">Menu</span>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="start"
          sideOffset={8}
          className="z-40 w-60 rounded-xl border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-800 dark:bg-slate-900"
        >
          {items.map((item) => (
            <Menu.Item key={item.href} asChild className={ITEM}>
              <Link href={item.href}>{item.label}</Link>
            </Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
