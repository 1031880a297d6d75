// The public API's upkeep: stored Idempotency-Key answers are replayed for 24 hours, then deleted every hour.
import type { JobDefinition } from "../../jobs/types";
import { logger } from "../../observability/logger";
import { purgeExpiredIdempotency } from "./idempotency";

export const apiJobs: JobDefinition[] = [
  {
    name: "api.purge-idempotency",
    cron: "17 * * * *",
    handler: async () => {
      const purged = await purgeExpiredIdempotency(new Date());
      if (purged) logger().info({ purged }, "api.purge-idempotency");
    },
  },
];
