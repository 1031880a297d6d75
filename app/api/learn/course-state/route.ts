import { z } from "zod";
import { jsonRoute } from "@/lib/actions/json-route";
import { getCourseStateResponse } from "@/lib/learning/lesson-state";
import { learnerStateResponse } from "../_shared/learner-state-response";
import { slugSchema } from "@/lib/learning/schema";

export const dynamic = "force-dynamic";

const querySchema = z.object({ course: slugSchema });

/**
 * The signed-in learner's part of a cached course page: progress, ticks, enrolment and the call to action.
 * Anonymous callers get `{ viewer: null, state: null }`.
 */
export const GET = jsonRoute((request) =>
  learnerStateResponse(request, querySchema, (user, query) => getCourseStateResponse(user, query.course), {
    badQuery: "Give the course as ?course=<slug>.",
    notFound: "There is no such published course.",
  }),
);
