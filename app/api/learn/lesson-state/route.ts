import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
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
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = querySchema.safeParse(params);
  if (!query.success) return personalJson({ error: "Give the course and lesson as ?course=<slug>&lesson=<slug>." }, true, { status: 400 });
  const user = await getCurrentUser();
  const body = await getLessonStateResponse(user, query.data.course, query.data.lesson);
  if (!body) return personalJson({ error: "There is no such published lesson." }, user !== null, { status: 404 });
  return personalJson(body, user !== null);
}
