// The webhook sweep: every minute, on whichever instance pg-boss hands it to, send what is due.
import type { JobDefinition } from "../jobs/types";
import { deliverDueWebhooks } from "./deliver";

export const webhookJobs: JobDefinition[] = [
  {
    name: "webhooks.sweep",
    cron: "* * * * *",
    handler: async () => void (await deliverDueWebhooks()),
  },
];
