"use client";
// The live preview: the Markdown rendered on the server by the lesson page's own renderer, a moment after typing stops.
import { useEffect, useState } from "react";
import { callAction, type StudioAction } from "./call-action";

export function usePreview(markdown: string, action: StudioAction<string>, delayMs = 400) {
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(async () => {
      const result = await callAction(action, { markdown });
      if (cancelled) return;
      if (result.ok) {
        setHtml(result.data);
        setError(null);
      } else setError(result.fieldErrors?.markdown?.join(" ") ?? result.error);
    }, delayMs);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [markdown, action, delayMs]);
  return { html, error };
}
