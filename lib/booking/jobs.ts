import type { JobDefinition } from "../jobs/types";
import { sendDueReminders } from "./send-reminders";

export const BOOKING_REMINDERS_JOB = "booking.send-reminders";

/** Every minute: mail the 24-hour and 1-hour reminders that are due (see send-reminders.ts). */
export const bookingJobs: JobDefinition[] = [
  {
    name: BOOKING_REMINDERS_JOB,
    cron: "* * * * *",
    handler: async () => {
      await sendDueReminders();
    },
  },
];
