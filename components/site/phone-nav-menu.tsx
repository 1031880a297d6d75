"use client";
import Link from "next/link";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { MENU_BUTTON, MenuIcon, type PhoneNavItems } from "./phone-nav";

const ITEM =
  "block w-full cursor-pointer rounded-md px-3 py-2 text-left text-sm text-slate-700 outline-none data-[highlighted]:bg-slate-100 data-[highlighted]:text-slate-900 dark:text-slate-200 dark:data-[highlighted]:bg-slate-800 dark:data-[highlighted]:text-white";

/**
 * The phone menu itself (Radix: keyboard, Escape, click outside, closes on choice), loaded by PhoneNav on the
 * first tap and mounted open; its trigger then takes the place of PhoneNav's plain button.
 */
export function PhoneNavMenu({ items }: { items: PhoneNavItems }) {
  return (
    <Menu.Root modal={false} defaultOpen>
      <Menu.Trigger className={MENU_BUTTON}>
        <MenuIcon />
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
