import type { JobDefinition } from "../jobs/types";
import { sendDueCohortInvites } from "./send-invites";
import { sendDueCohortReminders } from "./send-reminders";
import { sendModuleReleaseMail } from "./module-release-mail";

export const COHORT_CALENDAR_JOB = "cohorts.calendar-mail";
export const COHORT_MODULE_RELEASE_JOB = "cohorts.module-release-mail";

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
  {
    // Every five minutes: "a new module is open" to each member once, soon after local midnight of its day.
    name: COHORT_MODULE_RELEASE_JOB,
    cron: "*/5 * * * *",
    handler: async () => {
      await sendModuleReleaseMail();
    },
  },
];
