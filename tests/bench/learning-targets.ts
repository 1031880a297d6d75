// Bench rows for the learning experience: catalogue search and a lesson as a signed-in learner.
import type { BenchTarget } from "./run";

/** Signs the demo learner in through next-auth's credentials endpoint and returns the cookie header. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  keep(csrf);
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${base}/` }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token")))
    throw new Error(`bench sign-in failed (HTTP ${response.status})`);
  return cookieHeader();
}

const COURSE = "/courses/http-apis-rest-graphql";
const LESSON = `${COURSE}/lessons/how-http-works`;
const EXERCISE = `${COURSE}/lessons/keyset-pagination-query`;
const GATED = `${COURSE}/lessons/offset-vs-keyset-pagination`;

export function stateOf(lessonPath: string): string {
  const [, , course, , lesson] = lessonPath.split("/");
  return `/api/learn/lesson-state?${new URLSearchParams({ course: course!, lesson: lesson! })}`;
}

/**
 * A signed-in course or lesson view is the cached page plus one request for the learner's state (which also
 * tells the header who is signed in). The learner is enrolled, so the gated lesson's text comes with that state.
 */
export async function learningTargets(base: string): Promise<BenchTarget[]> {
  const cookie = await signInCookie(base, "learner@academy.test", "learn-backend-2026");
  const signedIn = { cookie: `${cookie}; ba-signed-in=1` };
  // Measure the real thing: the learner is enrolled and the gated lesson's text does come back.
  const probe = (await (await fetch(base + stateOf(GATED), { headers: signedIn })).json()) as {
    state?: { enrolled: boolean; lesson: { content: unknown } } | null;
  };
  if (!probe.state?.enrolled || !probe.state.lesson.content)
    throw new Error("bench: the demo learner should be enrolled in the free course (see prisma/seed.ts)");
  return [
    // A search asked again within half a minute is answered from the shared page cache; the rows "past the
    // page cache" are what a search nobody asked lately costs (Next renders the page, the memo or the database
    // answers the search).
    { name: "catalogue search", path: "/courses?q=keyset+pagination" },
    { name: "catalogue search (typo)", path: "/courses?q=postgras" },
    { name: "catalogue search, past the page cache", path: "/courses?q=keyset+pagination&past=page-cache" },
    { name: "catalogue search (typo), past the page cache", path: "/courses?q=postgras&past=page-cache" },
    { name: "lesson page (signed in)", path: LESSON, headers: signedIn },
    { name: "lesson state API (signed in)", path: stateOf(LESSON), headers: signedIn },
    {
      name: "lesson view (signed in)",
      path: LESSON,
      headers: signedIn,
      then: [{ path: stateOf(LESSON), headers: signedIn }],
    },
    {
      name: "SQL exercise view (signed in)",
      path: EXERCISE,
      headers: signedIn,
      then: [{ path: stateOf(EXERCISE), headers: signedIn }],
    },
    {
      name: "gated lesson view (signed in)",
      path: GATED,
      headers: signedIn,
      then: [{ path: stateOf(GATED), headers: signedIn }],
    },
    {
      name: "course view (signed in)",
      path: COURSE,
      headers: signedIn,
      then: [{ path: `/api/learn/course-state?course=${COURSE.split("/")[2]}`, headers: signedIn }],
    },
  ];
}
