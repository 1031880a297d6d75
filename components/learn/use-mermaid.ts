"use client";
// Draws the Mermaid diagrams of rendered lesson HTML (lib/content/render-markdown.ts marks them). mermaid is
// heavy, so it is imported only when the HTML holds a diagram: pages without one never download it. Drawn
// again in the other palette when the visitor's light/dark preference changes.
import { useEffect, type RefObject } from "react";

const DARK = "(prefers-color-scheme: dark)";
let sequence = 0;

async function drawAll(root: HTMLElement) {
  const figures = [...root.querySelectorAll<HTMLElement>("figure[data-mermaid]")];
  if (figures.length === 0) return;
  const { default: mermaid } = await import("mermaid");
  const dark = window.matchMedia(DARK).matches;
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
  for (const figure of figures) {
    const target = figure.querySelector<HTMLElement>(".mermaid-render");
    const source = figure.querySelector(".mermaid-source")?.textContent ?? "";
    if (!target || !source.trim()) continue;
    try {
      const { svg } = await mermaid.render(`mermaid-${++sequence}`, source);
      target.innerHTML = svg;
      // The drawing repeats the text below it, which screen readers read instead.
      target.setAttribute("aria-hidden", "true");
      figure.dataset.drawn = "true";
    } catch {
      // A diagram that does not parse stays as its source text, which is still readable.
      figure.dataset.drawn = "failed";
    }
  }
}

export function useMermaidDiagrams(ref: RefObject<HTMLElement | null>, html: string) {
  useEffect(() => {
    const root = ref.current;
    if (!root || !html.includes("data-mermaid")) return;
    void drawAll(root);
    const media = window.matchMedia(DARK);
    const redraw = () => void drawAll(root);
    media.addEventListener("change", redraw);
    return () => media.removeEventListener("change", redraw);
  }, [ref, html]);
}
