// The public pages served from Next's page cache: the same HTML for every visitor, personalised in the
// browser from /api/me and /api/learn/lesson-state. The proxy gives them a nonce-less CSP and no session work.
// Every other page must render per request (it reads the session, or says `dynamic = "force-dynamic"`):
// a prerendered page has no nonce on its scripts, and the nonce CSP the proxy sends would block them.
// The e2e suite checks for CSP violations on each kind of page.

const LESSON_PAGE = /^\/courses\/[a-z0-9]+(?:-[a-z0-9]+)*\/lessons\/[a-z0-9]+(?:-[a-z0-9]+)*\/?$/;

export function isCachedPublicPage(pathname: string): boolean {
  return LESSON_PAGE.test(pathname);
}
