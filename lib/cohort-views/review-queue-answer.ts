// GET /api/cohorts/review-queue?cohortId=&after=: a page of the cohort's review queue and its upcoming review calls,
// as private JSON for the cohort's staff, after one session and one cohort access check. The page itself is a shell
// with none of it (app/(learn)/cohorts/[id]/reviews/page.tsx), which the production server keeps
// (lib/http/member-shells.ts). One function, two doors: the route file, and the production server's own (offered
// below, lib/http/web-endpoints.ts).
import type { ActionDefinition } from "../actions/run-action";
import { personalQueryRoute } from "../actions/personal-json-route";
import { SIGNED_IN } from "../auth/action-access";
import { cohortStaffRole } from "../cohorts/staff";
import { offerWebEndpoint } from "../http/web-endpoints";
import { upcomingCallsOfCohort } from "../review-calls/queries";
import { NO_SUCH_PROJECT_MESSAGE, ProjectError } from "../projects/errors";
import { REVIEW_DUE_HOURS, reviewQueuePage } from "../projects/queries";
import { reviewQueuePageSchema } from "../projects/schema";

export const REVIEW_QUEUE_PATH = "/api/cohorts/review-queue";

type Queue = Awaited<ReturnType<typeof reviewQueuePage>>;
type Calls = Awaited<ReturnType<typeof upcomingCallsOfCohort>>;
type State = { queue: Queue; calls: Calls; zone: string; hour12: boolean };

export type ReviewQueueJson = Omit<Queue, "items"> & {
  items: (Omit<Queue["items"][number], "submittedAt"> & { submittedAt: string })[];
  calls: {
    id: string;
    startsAt: string;
    endsAt: string;
    submissionId: string;
    projectTitle: string;
    learnerName: string;
    mentorName: string;
  }[];
  zone: string;
  hour12: boolean;
  /** A submission waiting longer is overdue. */
  dueHours: number;
};

/** The cohort's staff only; anyone else the same refusal as for no cohort. */
export const reviewQueueStateDefinition = {
  schema: reviewQueuePageSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId, after }, { user }) => {
    if (!(await cohortStaffRole(user, cohortId))) throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
    const now = new Date();
    const queue = await reviewQueuePage(cohortId, now, after ?? null);
    const calls = await upcomingCallsOfCohort(cohortId, now);
    return { queue, calls, zone: user.timeZone, hour12: user.hour12 ?? false };
  },
} satisfies ActionDefinition<typeof reviewQueuePageSchema, typeof SIGNED_IN, State>;

export function reviewQueueJson({ queue, calls, zone, hour12 }: State): ReviewQueueJson {
  return {
    ...queue,
    items: queue.items.map((item) => ({ ...item, submittedAt: item.submittedAt.toISOString() })),
    calls: calls.map((call) => ({
      id: call.id,
      startsAt: call.startsAt.toISOString(),
      endsAt: call.endsAt.toISOString(),
      submissionId: call.submissionId,
      projectTitle: call.projectTitle,
      learnerName: call.learnerName,
      mentorName: call.mentorName,
    })),
    zone,
    hour12,
    dueHours: REVIEW_DUE_HOURS,
  };
}

export const reviewQueueAnswer = personalQueryRoute(reviewQueueStateDefinition, (data) =>
  Response.json({ ok: true, data: reviewQueueJson(data) }, { headers: { "Cache-Control": "no-store" } }),
);

offerWebEndpoint(REVIEW_QUEUE_PATH, reviewQueueAnswer);
