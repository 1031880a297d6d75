// The learner-state endpoints, /api/learn/lesson-state and /api/learn/course-state: one implementation with two
// doors. The route files are Next's door (`next dev`, and any request the server does not answer itself); the
// production server (scripts/serve.ts) answers the same GETs itself before Next runs, through these functions (see
// the end of this file), because Next's route runtime costs more than the whole answer (tests/bench/PROFILE-NOTES.md). Each reads the
// session from the request's own Cookie header, checks it against the account, and answers personal JSON marked
// `private, no-store`, sliding the session when the answer was for a signed-in learner.
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";
import { z } from "zod";
import { jsonRoute } from "../actions/json-route";
import { offerWebEndpoint } from "../http/web-endpoints";
import { resolveSessionUser, type CurrentUser } from "../auth/session";
import { sessionCookieName } from "../auth/session/cookies";
import { personalJson } from "../auth/session/personal-response";
import { decodeSessionClaims, refreshedCookie } from "../auth/session/refresh";
import { getCourseStateResponse, getLessonStateResponse, type StateAnswer } from "./lesson-state";
import { slugSchema } from "./schema";

type Messages = { badQuery: string; notFound: string };
/**
 * The session cookie's value as Next's door reads it (`cookies()` from next/headers, as every route that reads a
 * session does); the server's door passes nothing, and the value is read from the request's Cookie header with the
 * same parser (RequestCookies).
 */
export type SessionCookie = { session: string | undefined } | undefined;

async function learnerStateAnswer<Query>(
  request: Request,
  from: SessionCookie,
  querySchema: z.ZodType<Query>,
  answer: (user: CurrentUser | null, query: Query) => Promise<StateAnswer<unknown> | null>,
  messages: Messages,
): Promise<Response> {
  const cookie = from ? from.session : new RequestCookies(request.headers).get(sessionCookieName())?.value;
  const decoded = await decodeSessionClaims(cookie);
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  // A refused query answers before the session is checked: a decodable cookie keeps the signed-in hint as it is.
  if (!query.success)
    return personalJson({ error: messages.badQuery }, { user: decoded, refreshed: null }, { status: 400 });
  const user = await resolveSessionUser(decoded?.claims ?? null);
  const answered = await answer(user, query.data);
  if (!answered) return personalJson({ error: messages.notFound }, { user, refreshed: null }, { status: 404 });
  const refreshed = answered.user && user && decoded ? await refreshedCookie(decoded) : null;
  return personalJson(answered.body, { user: answered.user, refreshed });
}

const lessonQuery = z.object({ course: slugSchema, lesson: slugSchema });
const courseQuery = z.object({ course: slugSchema });

/**
 * The signed-in learner's part of a cached lesson page: progress, enrolment, the call to action, and the
 * lesson itself when it sits behind enrolment. Anonymous callers get `{ viewer: null, state: null }`.
 */
export const lessonStateAnswer = jsonRoute<SessionCookie>((request, from) =>
  learnerStateAnswer(
    request,
    from,
    lessonQuery,
    (user, query) => getLessonStateResponse(user, query.course, query.lesson),
    {
      badQuery: "Give the course and lesson as ?course=<slug>&lesson=<slug>.",
      notFound: "There is no such published lesson.",
    },
  ),
);

/**
 * The signed-in learner's part of a cached course page: progress, ticks, enrolment and the call to action.
 * Anonymous callers get `{ viewer: null, state: null }`.
 */
export const courseStateAnswer = jsonRoute<SessionCookie>((request, from) =>
  learnerStateAnswer(request, from, courseQuery, (user, query) => getCourseStateResponse(user, query.course), {
    badQuery: "Give the course as ?course=<slug>.",
    notFound: "There is no such published course.",
  }),
);

// Offered to the production server's own door when Next first loads a route file that imports this module: the
// server then answers these GETs with these very functions, as compiled in Next's bundle, and never loads the domain
// code itself (lib/http/web-endpoints.ts). Until then, and under `next dev`, the route files answer.
offerWebEndpoint("/api/learn/lesson-state", lessonStateAnswer);
offerWebEndpoint("/api/learn/course-state", courseStateAnswer);
