import type { JobDefinition } from "../jobs/types";
import { db } from "../db/client";
import { releaseExpiredHolds } from "./confirmation";
import { sendDueReminders } from "./send-reminders";

export const BOOKING_REMINDERS_JOB = "booking.send-reminders";

/** Every minute: release holds never confirmed, then mail the 24-hour and 1-hour reminders that are due. */
export const bookingJobs: JobDefinition[] = [
  {
    name: BOOKING_REMINDERS_JOB,
    cron: "* * * * *",
    handler: async () => {
      await releaseExpiredHolds(db, new Date());
      await sendDueReminders();
    },
  },
];
