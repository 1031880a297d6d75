// What a domain hands the job runner: a named job, optionally on a schedule. Domains declare their
// jobs in their own folder (e.g. lib/payments/jobs.ts) and lib/jobs registers them all.
export type JobDefinition<Data = unknown> = {
  /** Queue name, `<domain>.<job>` (e.g. "payments.reconcile"). */
  name: string;
  /** Cron expression (UTC) when the job runs on a schedule. */
  cron?: string;
  /** Runs after a failure before the job counts as failed (pg-boss's queue default, 2, when unset). */
  retryLimit?: number;
  handler: (data: Data) => Promise<void>;
};
