"use client";
// The signed-in person, loaded in the browser so that every page's header can be cached HTML. One request
// per page load for signed-in visitors, none for anonymous ones (no hint cookie), and again only when the
// hint changes (sign-in, sign-out) or `reloadViewer()` is called.
import { useEffect, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import type { Viewer } from "@/lib/auth/viewer";

export type ViewerState = { status: "unknown" | "ready"; viewer: Viewer | null };

const UNKNOWN: ViewerState = { status: "unknown", viewer: null };
let current: ViewerState = UNKNOWN;
let loadedForHint: boolean | null = null;
const listeners = new Set<() => void>();

function publish(next: ViewerState) {
  current = next;
  for (const listener of listeners) listener();
}

export async function reloadViewer(): Promise<void> {
  const hint = hasSignedInHint(document.cookie);
  loadedForHint = hint;
  if (!hint) return publish({ status: "ready", viewer: null });
  try {
    const response = await fetch("/api/me", { cache: "no-store" });
    const body = (await response.json()) as { viewer: Viewer | null };
    publish({ status: "ready", viewer: body.viewer });
  } catch {
    publish({ status: "ready", viewer: null });
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useViewer(): ViewerState {
  const pathname = usePathname();
  useEffect(() => {
    if (hasSignedInHint(document.cookie) !== loadedForHint) void reloadViewer();
  }, [pathname]);
  return useSyncExternalStore(subscribe, () => current, () => UNKNOWN);
}
