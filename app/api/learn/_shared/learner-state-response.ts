// The shape both learner-state endpoints share: read the session cookie, validate the query, answer as
// personal JSON, and slide the session when the answer was for a signed-in learner.
import type { z } from "zod";
import { personalJson } from "@/lib/auth/session/personal-response";
import { getSession, readSession, type CurrentUser } from "@/lib/auth/session";
import { refreshedCookie } from "@/lib/auth/session/refresh";
import type { StateAnswer } from "@/lib/learning/lesson-state";

type Messages = { badQuery: string; notFound: string };

export async function learnerStateResponse<Query>(
  request: Request,
  querySchema: z.ZodType<Query>,
  answer: (user: CurrentUser | null, query: Query) => Promise<StateAnswer<unknown> | null>,
  messages: Messages,
) {
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  // A refused query answers before the session is checked: a decodable cookie keeps the signed-in hint as it is.
  if (!query.success)
    return personalJson({ error: messages.badQuery }, { user: await readSession(), refreshed: null }, { status: 400 });
  const session = await getSession();
  const answered = await answer(session?.user ?? null, query.data);
  if (!answered) return personalJson({ error: messages.notFound }, { user: session, refreshed: null }, { status: 404 });
  const refreshed = answered.user && session ? await refreshedCookie(session.decoded) : null;
  return personalJson(answered.body, { user: answered.user, refreshed });
}
