// What a domain hands the job runner: a named job, optionally on a schedule. Domains declare their
// jobs in their own folder (e.g. lib/payments/jobs.ts) and lib/jobs registers them all.
export type JobDefinition<Data = unknown> = {
  /** Queue name, `<domain>.<job>` (e.g. "payments.reconcile"). */
  name: string;
  /** Cron expression (UTC) when the job runs on a schedule. */
  cron?: string;
  handler: (data: Data) => Promise<void>;
};
