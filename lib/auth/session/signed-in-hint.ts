// A readable, secret-free cookie that says "this browser holds a session cookie", so cached pages know
// whether asking /api/me is worth a request. It proves nothing: the server checks the real session.
// No imports: the browser bundle uses this file, and server config (lib/env) must stay out of it.

export const SIGNED_IN_HINT = "ba-signed-in";

type CookieReader = { has(name: string): boolean };
type CookieWriter = { set(name: string, value: string, options: object): unknown; delete(name: string): unknown };

/** Sets the hint: readable by the page's scripts, sent like the session cookie. */
export function setSignedInHint(response: Pick<CookieWriter, "set">, secure: boolean): void {
  response.set(SIGNED_IN_HINT, "1", { path: "/", sameSite: "lax", secure, httpOnly: false });
}

/** Keeps the hint in step with the session cookie; costs two lookups, no decoding. */
export function syncSignedInHint(
  request: CookieReader,
  hasSession: boolean,
  response: CookieWriter,
  secure: boolean,
): void {
  const hinted = request.has(SIGNED_IN_HINT);
  if (hasSession && !hinted) setSignedInHint(response, secure);
  if (!hasSession && hinted) response.delete(SIGNED_IN_HINT);
}

/** In the browser: does this visitor look signed in? */
export function hasSignedInHint(cookieHeader: string): boolean {
  return cookieHeader.split(/;\s*/).includes(`${SIGNED_IN_HINT}=1`);
}
