import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { RowKeeper } from "../../db/kept-rows";
import { preparedQuery, runKeptPrepared } from "../../db/prepared";
import { env } from "../../env";
import { safeRedirectPath } from "../../security/safe-redirect";
import { sessionCookieName } from "./cookies";
import { AuthError } from "../errors";
import { ROLES, type UserRole } from "../roles";
import { decodeSessionClaims, refreshedCookie, type RefreshedCookie } from "./refresh";
import { checkSession, type CurrentUser, type SessionClaims, type SessionUserRecord } from "./policy";
import { touchSignInSession } from "./sign-in-sessions";

export type { CurrentUser } from "./policy";
export { AuthError } from "../errors";

// One round trip, prepared (it runs for every signed-in request): the account, and this browser's sign-in when
// it is live and belongs to the account.
const SESSION_USER = preparedQuery(
  "session_user",
  2,
  `SELECT u."id", u."email", u."name", u."role"::text AS "role", u."timeZone", u."hour12", u."sessionVersion", u."disabledAt",
          s."lastSeenAt" AS "sessionSeenAt"
     FROM "User" u
     LEFT JOIN "SignInSession" s ON s."id" = $1 AND s."userId" = u."id" AND s."revokedAt" IS NULL
    WHERE u."id" = $2`,
);

// On PGlite its rows are kept until the account or a sign-in changes (the triggers of migration
// 20261207100000_session_user_notify notify `session_users`; lib/db/kept-rows.ts): a revoked sign-in, a bumped
// session version, a disabled account, a new role, name or zone count from the very next request. lastSeenAt moves
// at most once an hour per sign-in (./sign-in-sessions.ts), so a kept row stays mostly kept.
const SESSION_ROWS: RowKeeper = { channel: "session_users", max: 10_000 };

/**
 * Checks decoded session claims against the user's row: a bumped sessionVersion (sign out everywhere,
 * password or role change), a disabled account or an expired absolute lifetime all end the session here.
 */
export async function resolveSessionUser(
  claims: SessionClaims | null,
  now: Date = new Date(),
): Promise<CurrentUser | null> {
  if (!claims) return null;
  const [record] = await runKeptPrepared<SessionUserRecord>(SESSION_ROWS, SESSION_USER, [claims.sid, claims.sub]);
  if (!record || !ROLES.includes(record.role)) return null;
  const result = checkSession(claims, record, Math.floor(now.getTime() / 1000));
  if (result.ok && record.sessionSeenAt) touchSignInSession(claims.sid, record.sessionSeenAt, now);
  return result.ok ? result.user : null;
}

/**
 * The session cookie of this request, decoded once. next-auth's getServerSession would also re-encrypt the
 * token on every call; decoding it ourselves costs half as much, and next-auth still issues the cookie.
 */
export const readSession = cache(async () => decodeSessionClaims((await cookies()).get(sessionCookieName())?.value));

export type Session = { user: CurrentUser; decoded: NonNullable<Awaited<ReturnType<typeof readSession>>> };

/**
 * The session of this request, checked against the account: how pages, server actions and JSON routes read
 * it (the proxy only decodes the cookie to slide it). One database read per request (React cache).
 */
export const getSession = cache(async (): Promise<Session | null> => {
  const decoded = await readSession();
  const user = await resolveSessionUser(decoded?.claims ?? null);
  return user && decoded ? { user, decoded } : null;
});

/** The signed-in user for this request, or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await getSession())?.user ?? null);

/**
 * For the JSON endpoints cached pages call, which the proxy does not run for: the user, and the session
 * cookie re-issued when its idle timeout should slide (the proxy does this for every other request).
 */
export async function getCurrentUserAndRefresh(): Promise<{
  user: CurrentUser | null;
  refreshed: RefreshedCookie | null;
}> {
  const session = await getSession();
  return { user: session?.user ?? null, refreshed: session ? await refreshedCookie(session.decoded) : null };
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError("UNAUTHENTICATED");
  return user;
}

/** Where to return after signing in: a same-origin path, "/" for anything else. */
export function safeCallbackPath(callbackPath: string | null | undefined): string {
  return safeRedirectPath(callbackPath, env().APP_URL);
}

export function signInPath(callbackPath: string): string {
  return `/sign-in?${new URLSearchParams({ callbackUrl: safeCallbackPath(callbackPath) })}`;
}

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back here. */
export async function requireUserOrRedirect(callbackPath: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(callbackPath));
  return user;
}

/** For pages: signed in with one of `roles`; anonymous visitors go to sign-in, others get `null` (render a refusal). */
export async function getUserWithRoleOrRedirect(
  callbackPath: string,
  ...roles: UserRole[]
): Promise<{ user: CurrentUser; allowed: boolean }> {
  const user = await requireUserOrRedirect(callbackPath);
  return { user, allowed: roles.includes(user.role) };
}
