"use client";
// The one way client components read personal JSON: SWR over fetch, keyed by URL, asked only when the
// readable `ba-signed-in` hint says a session exists (anonymous visitors make no request).
import useSWR, { type SWRConfiguration } from "swr";
import { useSyncExternalStore } from "react";
import { hasSignedInHint } from "@/lib/auth/session/signed-in-hint";

export class FetchError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: "no-store", headers: { accept: "application/json" } });
  if (!response.ok) throw new FetchError(response.status);
  return (await response.json()) as T;
}

const noSubscription = () => () => {};

/** null while hydrating cached HTML (made without any visitor), then whether a session is hinted. */
export function useSignedInHint(): boolean | null {
  return useSyncExternalStore(
    noSubscription,
    () => hasSignedInHint(document.cookie),
    () => null,
  );
}

/** Personal data at `url` for a signed-in visitor; `data` stays undefined for everyone else. */
export function usePersonalData<T>(url: string | null, options: SWRConfiguration<T> = {}) {
  const hinted = useSignedInHint();
  const result = useSWR<T>(hinted && url ? url : null, fetchJson, { revalidateOnFocus: false, ...options });
  return { ...result, hinted };
}

/**
 * The personal JSON (`{ ok, data }`) of a page only its members are given (the cohort home, the review queue): asked
 * at once, without the sign-in hint, since the page's own session check has already let this visitor in. Not asked
 * again on focus; a refusal is shown, not retried.
 */
export function useMemberAnswer<T>(url: string) {
  return useSWR<{ ok: true; data: T }>(url, fetchJson, { revalidateOnFocus: false, shouldRetryOnError: false });
}
