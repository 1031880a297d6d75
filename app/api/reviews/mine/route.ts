import { createJsonRoute, queryInput } from "@/lib/actions/json-route";
import { myReviewDefinition } from "@/lib/reviews/definitions";

export const dynamic = "force-dynamic";

/** The signed-in person's review of a course and what they may do with the course's reviews (no-store JSON). */
export const GET = createJsonRoute(myReviewDefinition, { input: queryInput });
