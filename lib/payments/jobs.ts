// Payments' background jobs, registered by the runner in lib/jobs.
import type { JobDefinition } from "../jobs/types";
import { reconcilePendingPayments } from "./reconcile";
import { logger } from "../observability/logger";

export const paymentJobs: JobDefinition[] = [
  {
    name: "payments.reconcile",
    cron: "*/5 * * * *",
    handler: async () => {
      const report = await reconcilePendingPayments(new Date());
      if (report.checked || report.offersPassedOn) logger().info({ report }, "payments.reconcile");
    },
  },
];
