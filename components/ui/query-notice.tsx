"use client";
// A one-time notice named by the address (`/?account=deleted`): read in the browser, so a page shared by every
// visitor (and cached as such) stays the same for all; the parameter is then dropped from the address bar.
import { useEffect, useSyncExternalStore, type ReactNode } from "react";
import { Container } from "@/components/ui/container";

const noSubscription = () => () => undefined;

export function QueryNotice({ param, value, children }: { param: string; value: string; children: ReactNode }) {
  const shown = useSyncExternalStore(
    noSubscription,
    () => new URLSearchParams(window.location.search).get(param) === value,
    () => false,
  );
  useEffect(() => {
    if (!shown) return;
    const url = new URL(window.location.href);
    url.searchParams.delete(param);
    window.history.replaceState(window.history.state, "", url);
  }, [shown, param]);
  if (!shown) return null;
  return (
    <div
      role="status"
      className="border-b border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
    >
      <Container className="py-3 text-sm">{children}</Container>
    </div>
  );
}
