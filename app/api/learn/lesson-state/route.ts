import { z } from "zod";
import { jsonRoute } from "@/lib/actions/json-route";
import { getLessonStateResponse } from "@/lib/learning/lesson-state";
import { learnerStateResponse } from "../_shared/learner-state-response";
import { slugSchema } from "@/lib/learning/schema";

export const dynamic = "force-dynamic";

const querySchema = z.object({ course: slugSchema, lesson: slugSchema });

/**
 * The signed-in learner's part of a cached lesson page: progress, enrolment, the call to action, and the
 * lesson itself when it sits behind enrolment. Anonymous callers get `{ viewer: null, state: null }`.
 */
export const GET = jsonRoute((request) =>
  learnerStateResponse(
    request,
    querySchema,
    (user, query) => getLessonStateResponse(user, query.course, query.lesson),
    {
      badQuery: "Give the course and lesson as ?course=<slug>&lesson=<slug>.",
      notFound: "There is no such published lesson.",
    },
  ),
);
