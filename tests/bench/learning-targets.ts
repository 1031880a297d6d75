// Bench rows for the learning experience: catalogue search and a lesson as a signed-in learner.
import type { BenchTarget } from "./run";

/** Signs the demo learner in through next-auth's credentials endpoint and returns the cookie header. */
async function signInCookie(base: string, email: string, password: string): Promise<string> {
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
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`bench sign-in failed (HTTP ${response.status})`);
  return cookieHeader();
}

export async function learningTargets(base: string): Promise<BenchTarget[]> {
  const cookie = await signInCookie(base, "learner@academy.test", "learn-backend-2026");
  return [
    { name: "catalogue search", path: "/courses?q=keyset+pagination" },
    { name: "catalogue search (typo)", path: "/courses?q=postgras" },
    { name: "lesson (signed in)", path: "/courses/http-apis-rest-graphql/lessons/how-http-works", headers: { cookie } },
    { name: "SQL exercise lesson (signed in)", path: "/courses/http-apis-rest-graphql/lessons/keyset-pagination-query", headers: { cookie } },
  ];
}
