// Who may be given the cohort home's and the review queue's shells by the production server (lib/http/member-shells.ts):
// the same session and cohort access checks the pages make, offered when Next loads either page. A member or the
// cohort's staff for the home; the cohort's staff for the queue. Everyone else goes on to the page itself.
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";
import { resolveSessionUser } from "../auth/session";
import { sessionCookieName } from "../auth/session/cookies";
import { decodeSessionClaims } from "../auth/session/refresh";
import { COHORT_HOME_SHELL, offerShellGate, REVIEW_QUEUE_SHELL } from "../http/member-shells";
import { cohortAccess } from "./staff";

async function accessFrom(cookieHeader: string, cohortId: string | undefined) {
  if (!cohortId) return null;
  const decoded = await decodeSessionClaims(
    new RequestCookies(new Headers({ cookie: cookieHeader })).get(sessionCookieName())?.value,
  );
  const user = await resolveSessionUser(decoded?.claims ?? null);
  return user ? cohortAccess(user, cohortId) : null;
}

offerShellGate(COHORT_HOME_SHELL.gate, async (cookie, [cohortId]) => {
  const access = await accessFrom(cookie, cohortId);
  return Boolean(access && (access.member || access.staff));
});
offerShellGate(REVIEW_QUEUE_SHELL.gate, async (cookie, [cohortId]) =>
  Boolean((await accessFrom(cookie, cohortId))?.staff),
);
