// Next's door to the course's learner state; the production server answers the same GET itself, through the
// same function, before Next runs (lib/learning/learner-state-answer.ts, scripts/serve.ts). That function is a
// jsonRoute (lib/actions/json-route.ts), so both doors share the JSON routes' error path.
import { cookies } from "next/headers";
import { sessionCookieName } from "@/lib/auth/session/cookies";
import { courseStateAnswer } from "@/lib/learning/learner-state-answer";

export const dynamic = "force-dynamic";

/**
 * The signed-in learner's part of a cached course page: progress, ticks, enrolment and the call to action.
 * Anonymous callers get `{ viewer: null, state: null }`.
 */
export async function GET(request: Request) {
  return courseStateAnswer(request, { session: (await cookies()).get(sessionCookieName())?.value });
}
