import { z } from "zod";
import { getCurrentUserAndRefresh } from "@/lib/auth/session";
import { personalJson } from "@/lib/auth/personal-response";
import { getLessonStateResponse } from "@/lib/learning/lesson-state";

export const dynamic = "force-dynamic";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(120);
const querySchema = z.object({ course: slug, lesson: slug });

/**
 * The signed-in learner's part of a cached lesson page: progress, enrolment, the call to action, and the
 * lesson itself when it sits behind enrolment. Anonymous callers get `{ viewer: null, state: null }`.
 */
export async function GET(request: Request) {
  const session = await getCurrentUserAndRefresh();
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return personalJson({ error: "Give the course and lesson as ?course=<slug>&lesson=<slug>." }, session, { status: 400 });
  const body = await getLessonStateResponse(session.user, query.data.course, query.data.lesson);
  if (!body) return personalJson({ error: "There is no such published lesson." }, session, { status: 404 });
  return personalJson(body, session);
}
