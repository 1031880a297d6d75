"use client";
// Parts of a page that need not hydrate with it: the server's HTML stays on screen, and React hydrates them when they
// come into view, at the first scroll or at the visitor's first interaction anywhere on the page (a press, a key, a focus), so a
// phone does not spend its first seconds hydrating what is below the fold. Nothing is lost to an early click: the
// gate opens in a capture listener on the window, which runs before React's own listener, and React then hydrates
// the part synchronously and hands it the event (its selective hydration). A page reached by a client-side navigation
// has no server HTML to keep: there the parts render at once (Gate).
import { Suspense, use, useEffect, useRef, type ReactNode } from "react";
import { useHydrated } from "./use-hydrated";

// The events React hydrates a part for when they land on it (its discrete events), and scrolling towards them.
const INTERACTIONS = [
  "pointerdown",
  "mousedown",
  "touchstart",
  "keydown",
  "focusin",
  "click",
  "input",
  "submit",
  "scroll",
];
let open = false;
let openGate: () => void = () => undefined;
const gate = new Promise<void>((resolve) => {
  openGate = () => {
    if (open) return;
    open = true;
    // Marked fulfilled synchronously, so React's use() reads it without waiting for a microtask: the hydration
    // that an event triggers happens inside that event.
    Object.assign(gate, { status: "fulfilled", value: undefined });
    resolve();
    for (const stop of INTERACTIONS) window.removeEventListener(stop, openGate, true);
  };
});
if (typeof window !== "undefined")
  for (const type of INTERACTIONS) window.addEventListener(type, openGate, { capture: true, passive: true });

function Gate({ children }: { children: ReactNode }) {
  // Only while hydrating in the browser: the server renders the HTML to keep, and a client render (a client-side
  // navigation) has nothing on screen to keep.
  const hydrating = !useHydrated() && typeof window !== "undefined";
  if (hydrating && !open) use(gate);
  return children;
}

export function DeferredHydration({ children, className }: { children: ReactNode; className?: string }) {
  // No useHydrated() here: its re-render after hydration would update the part while it waits, and React answers
  // an update to a part it has not hydrated by throwing its HTML away and rendering it at once.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || open) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      openGate();
      observer.disconnect();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={className}>
      <Suspense fallback={null}>
        <Gate>{children}</Gate>
      </Suspense>
    </div>
  );
}
