"use client";
import { useState, type ComponentType } from "react";

export type PhoneNavItems = readonly { href: string; label: string }[];

export const MENU_BUTTON =
  "-ml-2 grid size-10 place-items-center rounded-md text-slate-700 hover:bg-slate-100 data-[state=open]:bg-slate-100 sm:hidden dark:text-slate-300 dark:hover:bg-slate-800 dark:data-[state=open]:bg-slate-800";

export function MenuIcon() {
  return (
    <>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" />
      </svg>
      <span className="sr-only">Menu</span>
    </>
  );
}

type MenuModule = typeof import("./phone-nav-menu");
let menuModule: Promise<MenuModule> | undefined;
// Fetched when a finger or the keyboard comes near the button, mounted open on the tap itself.
const loadMenu = () => (menuModule ??= import("./phone-nav-menu"));

/**
 * The main navigation on phones, where the header has no room for its links beside Sign in and Sign up. Until
 * the first tap it is a plain button: the dropdown (Radix) cost every page 90–140 ms of hydration on a phone, for
 * a menu most visitors never open. The tap loads it and opens it; from then on it is the Radix menu.
 */
export function PhoneNav({ items }: { items: PhoneNavItems }) {
  const [Menu, setMenu] = useState<ComponentType<{ items: PhoneNavItems }> | null>(null);
  if (Menu) return <Menu items={items} />;
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      className={MENU_BUTTON}
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={() => void loadMenu().then((module) => setMenu(() => module.PhoneNavMenu))}
    >
      <MenuIcon />
    </button>
  );
}
