import { z } from "zod";
import { personalJson } from "@/lib/auth/personal-response";
import { readSession } from "@/lib/auth/session";
import { refreshedCookie } from "@/lib/auth/session-refresh";
import { getLessonStateResponse } from "@/lib/learning/lesson-state";

export const dynamic = "force-dynamic";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(120);
const querySchema = z.object({ course: slug, lesson: slug });

/**
 * The signed-in learner's part of a cached lesson page: progress, enrolment, the call to action, and the
 * lesson itself when it sits behind enrolment. Anonymous callers get `{ viewer: null, state: null }`.
 * The session is checked inside the same query as the learner's state (see getLessonStateResponse).
 */
export async function GET(request: Request) {
  const decoded = await readSession();
  // Until the session is checked, a decodable cookie keeps the signed-in hint as it is.
  const unchecked = { user: decoded, refreshed: null };
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return personalJson({ error: "Give the course and lesson as ?course=<slug>&lesson=<slug>." }, unchecked, { status: 400 });
  const answer = await getLessonStateResponse(decoded?.claims ?? null, query.data.course, query.data.lesson);
  if (!answer) return personalJson({ error: "There is no such published lesson." }, unchecked, { status: 404 });
  const refreshed = answer.user && decoded ? await refreshedCookie(decoded) : null;
  return personalJson(answer.body, { user: answer.user, refreshed });
}
