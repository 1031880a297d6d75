"use client";

import { ActionForm } from "@/components/ui/form/action-form";
import { retryOutboxMessageAction } from "@/lib/ops/actions";

export type DeadMessageRow = {
  id: string;
  topic: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
};

const TOPIC_LABELS: Record<string, string> = { mail: "Mail", "payments.auto-refund": "Automatic refund" };

/** The outbox's dead messages, each with a button that sends it round again. */
export function DeadMessages({ rows, formatDate }: { rows: DeadMessageRow[]; formatDate: Record<string, string> }) {
  return (
    <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <p className="font-medium text-slate-900 dark:text-slate-100">
              {TOPIC_LABELS[row.topic] ?? row.topic} · {row.attempts} attempts ·{" "}
              <time dateTime={row.createdAt}>{formatDate[row.id]}</time>
            </p>
            <p className="break-words text-slate-600 dark:text-slate-400">{row.lastError ?? "No error recorded"}</p>
            <p className="text-xs text-slate-500 dark:text-slate-400">
              <code>{row.id}</code>
            </p>
          </div>
          <ActionForm
            action={retryOutboxMessageAction}
            submitLabel="Retry"
            pendingLabel="Retrying…"
            successMessage="Queued again."
            variant="secondary"
            className="shrink-0 space-y-2"
          >
            <input type="hidden" name="id" value={row.id} />
          </ActionForm>
        </li>
      ))}
    </ul>
  );
}
