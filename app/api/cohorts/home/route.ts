import { cohortHomeAnswer } from "@/lib/cohort-views/home-answer";

export const dynamic = "force-dynamic";

/** The member's part of the cohort home (?cohortId=); loaded after the page's shell. */
export const GET = cohortHomeAnswer;
