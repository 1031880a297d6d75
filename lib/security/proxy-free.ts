// What the proxy never sees, because it needs none of its per-request work (nonce, sign-in redirect):
// - lesson pages, served from Next's page cache as the same HTML for every visitor and personalised in
//   the browser from the two JSON endpoints below;
// - those endpoints, /api/me and /api/learn/*, which read the session themselves and slide it
//   (getCurrentUserAndRefresh), and send personal JSON marked no-store;
// - the files in public/.
// Their security headers are fixed in next.config.ts (a CSP without nonce, see lib/security/headers.ts);
// proxy.ts's matcher leaves out exactly these paths (a unit test checks both agree).
// Every other page must render per request (it reads the session, or says `dynamic = "force-dynamic"`):
// a prerendered page has no nonce on its scripts, and the nonce CSP the proxy sends would block them.
// The e2e suite checks each kind of page for CSP violations.

/** Route patterns (next.config `headers()` syntax). */
export const PROXY_FREE_ROUTES = ["/courses/:slug/lessons/:lessonSlug", "/api/me", "/api/learn/:path*", "/bench/:file*"];

const LESSON_PAGE = /^\/courses\/[^/]+\/lessons\/[^/]+\/?$/;

export function isProxyFree(pathname: string): boolean {
  return LESSON_PAGE.test(pathname) || pathname === "/api/me" || pathname.startsWith("/api/learn/") || pathname.startsWith("/bench/");
}
