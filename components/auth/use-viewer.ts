"use client";
// The signed-in person, loaded in the browser so that every page's header can be cached HTML: one SWR entry
// ("/api/me") for the whole tab, asked only when the `ba-signed-in` hint says a session exists. On course and
// lesson pages the learner's state answers who is signed in too, so there the header waits for the page to
// fill the entry (supplyViewer) instead of asking a second time.
import useSWR, { mutate } from "swr";
import { usePathname } from "next/navigation";
import { fetchJson, useSignedInHint } from "@/components/data/personal-data";
import type { Viewer } from "@/lib/auth/session/viewer";

export type ViewerState = { status: "unknown" | "ready"; viewer: Viewer | null };

const VIEWER_URL = "/api/me";
/** Pages whose own state request names the viewer (see components/learn/learner-state.tsx). */
const PAGE_SUPPLIES_VIEWER = /^\/courses\/[^/]+(\/lessons\/[^/]+)?\/?$/;

type MeBody = { viewer: Viewer | null };

/** From a page's own answer: `undefined` when that request failed, and the header then asks for itself. */
export function supplyViewer(viewer: Viewer | null | undefined): void {
  // A failure here leaves the header showing the sign-in links, which is what a visitor without a session sees.
  if (viewer === undefined) void mutate(VIEWER_URL, fetchJson<MeBody>(VIEWER_URL)).catch(() => undefined);
  else void mutate(VIEWER_URL, { viewer } satisfies MeBody, { revalidate: false });
}

export function useViewer(): ViewerState {
  const pathname = usePathname();
  const hinted = useSignedInHint();
  const suppliedByPage = PAGE_SUPPLIES_VIEWER.test(pathname);
  const { data, error } = useSWR<MeBody>(hinted ? VIEWER_URL : null, fetchJson, {
    isPaused: () => suppliedByPage,
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });
  if (hinted === null) return { status: "unknown", viewer: null };
  if (!hinted) return { status: "ready", viewer: null };
  if (data) return { status: "ready", viewer: data.viewer };
  return error ? { status: "ready", viewer: null } : { status: "unknown", viewer: null };
}
