// The outbox's sweep: every minute, on whichever instance pg-boss hands it to, deliver what is due.
import { deliverOutbox } from "./outbox-delivery";
import type { JobDefinition } from "../jobs/types";

export const outboxJobs: JobDefinition[] = [
  {
    name: "outbox.sweep",
    cron: "* * * * *",
    handler: async () => void (await deliverOutbox()),
  },
];
