// What the proxy never sees: lesson pages, served from Next's page cache as the same HTML for every
// visitor and personalised in the browser (/api/me, /api/learn/lesson-state), and the files in public/.
// Their security headers are fixed in next.config.ts (a CSP without nonce, see lib/security/headers.ts);
// proxy.ts's matcher leaves out exactly these paths.
// Every other page must render per request (it reads the session, or says `dynamic = "force-dynamic"`):
// a prerendered page has no nonce on its scripts, and the nonce CSP the proxy sends would block them.
// The e2e suite checks each kind of page for CSP violations.

/** Route patterns (next.config `headers()` syntax). */
export const CACHED_PAGE_ROUTES = ["/courses/:slug/lessons/:lessonSlug", "/bench/:file*"];

const LESSON_PAGE = /^\/courses\/[^/]+\/lessons\/[^/]+\/?$/;

export function isCachedPublicPage(pathname: string): boolean {
  return LESSON_PAGE.test(pathname) || pathname.startsWith("/bench/");
}
