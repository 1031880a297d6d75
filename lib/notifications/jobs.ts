import type { JobDefinition } from "../jobs/types";
import { sendDueDigests } from "./digest";

export const NOTIFICATION_DIGEST_JOB = "notifications.daily-digest";

/** Hourly: the people whose local morning it is get their daily digest (lib/notifications/digest.ts). */
export const notificationJobs: JobDefinition[] = [
  {
    name: NOTIFICATION_DIGEST_JOB,
    cron: "5 * * * *",
    handler: async () => {
      await sendDueDigests();
    },
  },
];
