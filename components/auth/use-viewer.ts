"use client";
// The signed-in person, loaded in the browser so that every page's header can be cached HTML. One request
// per page load for signed-in visitors, none for anonymous ones (no hint cookie), and again only when the
// hint changes (sign-in, sign-out) or `reloadViewer()` is called. A page whose own personal request also
// answers who is signed in (the lesson page) claims the load, so the header does not ask a second time.
import { useEffect, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { hasSignedInHint } from "@/lib/auth/session/signed-in-hint";
import type { Viewer } from "@/lib/auth/session/viewer";

export type ViewerState = { status: "unknown" | "ready"; viewer: Viewer | null };

const UNKNOWN: ViewerState = { status: "unknown", viewer: null };
let current: ViewerState = UNKNOWN;
let loadedForHint: boolean | null = null;
let claimedBy: object | null = null;
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

/**
 * Call from a layout effect: those run before any passive effect of the same render, so the header's
 * first load sees the claim. The claimant must then call `settleViewerClaim`.
 */
export function claimViewerLoad(owner: object): void {
  claimedBy = owner;
}

/** The claimant's answer: the viewer it learnt, or `undefined` if it failed (the header then asks itself). */
export function settleViewerClaim(owner: object, viewer: Viewer | null | undefined): void {
  if (claimedBy !== owner) return;
  claimedBy = null;
  if (viewer === undefined) {
    void reloadViewer();
    return;
  }
  loadedForHint = hasSignedInHint(document.cookie);
  publish({ status: "ready", viewer });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useViewer(): ViewerState {
  const pathname = usePathname();
  useEffect(() => {
    if (claimedBy === null && hasSignedInHint(document.cookie) !== loadedForHint) void reloadViewer();
  }, [pathname]);
  return useSyncExternalStore(subscribe, () => current, () => UNKNOWN);
}
