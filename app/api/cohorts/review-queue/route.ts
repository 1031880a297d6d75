import { reviewQueueAnswer } from "@/lib/cohort-views/review-queue-answer";

export const dynamic = "force-dynamic";

/** A page of the cohort's review queue for its staff (?cohortId=&after=); loaded after the page's shell. */
export const GET = reviewQueueAnswer;
