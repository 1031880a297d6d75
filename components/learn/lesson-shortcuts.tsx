"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Keyboard shortcuts: "p" previous, "n" next, "m" mark complete; ignored while typing. */
export function LessonShortcuts({ previousHref, nextHref }: { previousHref: string | null; nextHref: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], .cm-editor")) return;
      if (event.key === "n" && nextHref) router.push(nextHref);
      else if (event.key === "p" && previousHref) router.push(previousHref);
      else if (event.key === "m") document.querySelector<HTMLFormElement>("#mark-complete-form")?.requestSubmit();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router, previousHref, nextHref]);
  return null;
}
