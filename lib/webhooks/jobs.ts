// The webhook sweep: every minute, on whichever instance pg-boss hands it to, send what is due; and once a day
// the log forgets settled deliveries older than 30 days.
import type { JobDefinition } from "../jobs/types";
import { db } from "../db/client";
import { deliverDueWebhooks } from "./deliver";

/** How long settled deliveries (and their attempt log) stay in an endpoint's log. */
export const DELIVERY_LOG_DAYS = 30;

export async function purgeSettledDeliveries(now: Date): Promise<number> {
  const { count } = await db.webhookDelivery.deleteMany({
    where: {
      status: { in: ["SUCCEEDED", "FAILED"] },
      createdAt: { lt: new Date(now.getTime() - DELIVERY_LOG_DAYS * 24 * 3_600_000) },
    },
  });
  return count;
}

export const webhookJobs: JobDefinition[] = [
  {
    name: "webhooks.sweep",
    cron: "* * * * *",
    handler: async () => void (await deliverDueWebhooks()),
  },
  {
    name: "webhooks.purge-log",
    cron: "43 3 * * *",
    handler: async () => void (await purgeSettledDeliveries(new Date())),
  },
];
