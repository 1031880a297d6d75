// What the proxy never sees, because it needs none of its per-request work (nonce, sign-in redirect):
// - course and lesson pages, served from Next's page cache as the same HTML for every visitor and
//   personalised in the browser from the JSON endpoints below;
// - the home page and the catalogue (/courses), the same for everyone: they render per request but are
//   marked shareable for a minute, so the server's page cache (lib/http/page-cache.ts), or a CDN, answers
//   repeat visits. The catalogue's searches (?q=) are shared for half a minute, as long as the search
//   memo keeps their answer; the page vetoes a rate-limited visitor's "Search paused" (shared-cache-veto.ts).
//   The one thing they echo is the search words, as React-escaped text, and the filters are enum-checked;
// - those endpoints, /api/me, /api/learn/* (course-state, lesson-state), a lesson's Q&A list
//   (/api/discussions/threads) and the bell's count (/api/notifications/unread), which read the session themselves, slide it, and send
//   personal JSON marked no-store;
// - the Stripe webhook (/api/webhooks/stripe): a server-to-server POST with no cookies and no page, answered JSON,
//   which the production server answers itself (lib/payments/webhooks/route-handler.ts), so its headers must not
//   depend on the proxy's per-request work;
// - the public API's course list (/api/v1/courses): JSON for API keys, not cookies, which the production server
//   answers itself (lib/api/v1/course-list-answer.ts), so its headers must not depend on the proxy's work either;
// - the cohort home (/cohorts/:id) and the review queue (/cohorts/:id/reviews): shells the same for every member,
//   rendered per request by Next only until the production server keeps them (lib/http/member-shells.ts), each
//   checking the session itself (sign-in redirect, 404 for anyone else); the member's part comes from their JSON
//   endpoints (/api/cohorts/home, /api/cohorts/review-queue), which read the session themselves, slide it, and send
//   personal JSON marked no-store;
// - the files in public/.
// None of these reflects anything from the request into HTML. Their security headers are fixed in
// next.config.ts (a CSP without nonce, see lib/security/headers.ts); proxy.ts's matcher leaves out exactly
// these paths (a unit test checks both agree).
// Every other page must render per request (it reads the session, or says `dynamic = "force-dynamic"`):
// a prerendered page has no nonce on its scripts, and the nonce CSP the proxy sends would block them.
// The e2e suite checks each kind of page for CSP violations.

/** Route patterns (next.config `headers()` syntax): the one list (proxy.ts's matcher literal is tested against it). */
export const PROXY_FREE_ROUTES = [
  "/",
  "/courses",
  "/courses/:slug",
  "/courses/:slug/lessons/:lessonSlug",
  "/api/me",
  "/api/learn/:path*",
  "/api/webhooks/stripe",
  "/api/discussions/threads",
  "/api/notifications/unread",
  "/api/v1/courses",
  "/api/cohorts/home",
  "/api/cohorts/review-queue",
  "/cohorts/:id",
  "/cohorts/:id/reviews",
  "/bench/:file*",
];

/** Pages that render per request yet are the same for everyone: shared caches may keep them this long. */
export const SHARED_PAGES: Record<string, string> = {
  "/": "public, max-age=0, s-maxage=60",
  "/courses": "public, max-age=0, s-maxage=60",
};

/**
 * Shared pages asked with a search (`?q=`): shareable as long as the search memo holds an answer (30 s,
 * lib/cache/memo.ts), and never no-store (back/forward cache). A rate-limited answer is sent private.
 */
export const SEARCH_CACHE_CONTROL = "public, max-age=0, s-maxage=30";
