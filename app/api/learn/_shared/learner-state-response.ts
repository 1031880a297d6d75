// The shape both learner-state endpoints share: read the session cookie, validate the query, answer as
// personal JSON, and slide the session when the answer was for a signed-in learner.
import type { z } from "zod";
import { personalJson } from "@/lib/auth/session/personal-response";
import { readSession } from "@/lib/auth/session";
import type { SessionClaims } from "@/lib/auth/session/policy";
import { refreshedCookie } from "@/lib/auth/session/refresh";
import type { StateAnswer } from "@/lib/learning/lesson-state";

type Messages = { badQuery: string; notFound: string };

export async function learnerStateResponse<Query>(
  request: Request,
  querySchema: z.ZodType<Query>,
  answer: (claims: SessionClaims | null, query: Query) => Promise<StateAnswer<unknown> | null>,
  messages: Messages,
) {
  const decoded = await readSession();
  // Until the session is checked, a decodable cookie keeps the signed-in hint as it is.
  const unchecked = { user: decoded, refreshed: null };
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return personalJson({ error: messages.badQuery }, unchecked, { status: 400 });
  const answered = await answer(decoded?.claims ?? null, query.data);
  if (!answered) return personalJson({ error: messages.notFound }, unchecked, { status: 404 });
  const refreshed = answered.user && decoded ? await refreshedCookie(decoded) : null;
  return personalJson(answered.body, { user: answered.user, refreshed });
}
