"use client";
// False in the server's HTML and during hydration, true once React runs in the browser: for controls whose
// outcome needs the page's script (a navigation after the action answers), so a click before then cannot be lost.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
