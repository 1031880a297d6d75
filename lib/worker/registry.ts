// Every domain's background jobs, registered with the runner at server start.
import { bookingJobs } from "../booking/jobs";
import { cohortJobs } from "../cohorts/jobs";
import { notificationJobs } from "../notifications/jobs";
import { paymentJobs } from "../payments/jobs";
import { outboxJobs } from "./outbox-jobs";
import { webhookJobs } from "../webhooks/jobs";
import { apiJobs } from "../api/v1/jobs";
import type { JobDefinition } from "../jobs/types";

export const JOBS: JobDefinition[] = [
  ...bookingJobs,
  ...cohortJobs,
  ...notificationJobs,
  ...paymentJobs,
  ...outboxJobs,
  ...webhookJobs,
  ...apiJobs,
];
