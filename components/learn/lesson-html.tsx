"use client";
import { useRef } from "react";
import { useMermaidDiagrams } from "./use-mermaid";

/** Rendered lesson Markdown (already sanitised on the server), with its Mermaid diagrams drawn in the browser. */
export function LessonHtml({ html, className, testId }: { html: string; className?: string; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useMermaidDiagrams(ref, html);
  return <div ref={ref} data-testid={testId} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
