import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";

/** A plain text page (about, terms, privacy): one title, readable measure. */
export function ProsePage({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <Container className="py-12">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{title}</h1>
        {lead && <p className="mt-3 text-lg text-slate-600 dark:text-slate-300">{lead}</p>}
        <div className="prose mt-8 max-w-none prose-slate dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300">
          {children}
        </div>
      </div>
    </Container>
  );
}
