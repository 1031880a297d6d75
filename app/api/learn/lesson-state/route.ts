// Next's door to the lesson's learner state; the production server answers the same GET itself, through the
// same function, before Next runs (lib/learning/learner-state-answer.ts, scripts/serve.ts). That function is a
// jsonRoute (lib/actions/json-route.ts), so both doors share the JSON routes' error path.
import { cookies } from "next/headers";
import { sessionCookieName } from "@/lib/auth/session/cookies";
import { lessonStateAnswer } from "@/lib/learning/learner-state-answer";

export const dynamic = "force-dynamic";

/**
 * The signed-in learner's part of a cached lesson page: progress, enrolment, the call to action, and the
 * lesson itself when it sits behind enrolment. Anonymous callers get `{ viewer: null, state: null }`.
 */
export async function GET(request: Request) {
  return lessonStateAnswer(request, { session: (await cookies()).get(sessionCookieName())?.value });
}
