import { describe, expect, it } from "vitest";
// Next's own compiler for proxy matchers (not in its type declarations), so the test sees the regular
// expression Next will use.
import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import { config } from "@/proxy";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { PROXY_FREE_ROUTES } from "@/lib/security/proxy-free";

const PROXY_FREE = [
  "/",
  "/courses",
  "/courses/http-apis-rest-graphql",
  "/courses/http-apis-rest-graphql/lessons/how-http-works",
  "/api/me",
  "/api/learn/lesson-state",
  "/api/learn/course-state",
  "/api/webhooks/stripe",
  "/api/discussions/threads",
  "/api/notifications/unread",
  "/api/cohorts/home",
  "/api/cohorts/review-queue",
  "/cohorts/abc123",
  "/cohorts/abc123/reviews",
  "/bench/baseline.html",
];
const PER_REQUEST = [
  // Next answers these with a redirect to the path without the slash, through the proxy like any other.
  "/courses/sql/",
  "/courses/sql/lessons/joins/",
  "/coursesx",
  "/courses-old",
  "//",
  "/home",
  "/courses/http-apis-rest-graphql/opengraph-image",
  "/dashboard",
  "/profile",
  "/admin/users",
  "/sign-in",
  "/forgot-password",
  "/api/meetings",
  "/api/auth/session",
  "/api/learning",
  "/api/webhooks/stripe/",
  "/api/discussions/threads/some-question",
  "/api/discussions/similar",
  "/cohorts",
  "/cohorts/abc123/",
  "/cohorts/abc123/board",
  "/cohorts/abc123/reviews/sub1",
  "/cohorts/abc123/staff",
  "/api/cohorts/homes",
  "/api/notifications/unsubscribe",
  "/api/webhooks/stripex",
  "/courses/x/lessons",
  "/courses/x/lessons/y/z",
  "/benchmarks",
  "/no/such/page",
];

// An internal Next module without types: we name the one function used, to check the matcher as Next compiles it.
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers: (matcher: string[], nextConfig: object) => { regexp: string }[];
};
// The routes as Next matches them for next.config's headers(), which give these pages their fixed headers.
const routeMatchers = PROXY_FREE_ROUTES.map((route) => getPathMatch(route, { strict: true }));
const isProxyFree = (path: string) => routeMatchers.some((match) => match(path) !== false);
const matchers = getMiddlewareMatchers(config.matcher, {}).map((m) => new RegExp(m.regexp));
const proxyRunsFor = (path: string) => matchers.some((re) => re.test(path));

describe("paths the proxy leaves alone", () => {
  it("are the home page, course and lesson pages, the personal JSON endpoints and the files in public/", () => {
    for (const path of PROXY_FREE) expect(isProxyFree(path), path).toBe(true);
  });

  it("exclude every other page and endpoint: account, search, images, auth API, sign-in", () => {
    for (const path of PER_REQUEST) expect(isProxyFree(path), path).toBe(false);
  });

  it("are exactly the paths the proxy does not run for", () => {
    for (const path of [...PROXY_FREE, ...PER_REQUEST]) expect(proxyRunsFor(path), path).toBe(!isProxyFree(path));
  });
});
