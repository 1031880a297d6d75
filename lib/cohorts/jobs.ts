import type { JobDefinition } from "../jobs/types";
import { sendDueCohortInvites } from "./send-invites";
import { sendDueCohortReminders } from "./send-reminders";

export const COHORT_CALENDAR_JOB = "cohorts.calendar-mail";

/** Every minute: members' session invites (new, updated, cancelled), then the 24-hour and 1-hour reminders. */
export const cohortJobs: JobDefinition[] = [
  {
    name: COHORT_CALENDAR_JOB,
    cron: "* * * * *",
    handler: async () => {
      await sendDueCohortInvites();
      await sendDueCohortReminders();
    },
  },
];
