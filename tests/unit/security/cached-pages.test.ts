import { describe, expect, it } from "vitest";
// Next's own compiler for proxy matchers (not in its type declarations), so the test sees the regular
// expression Next will use.
import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import { config } from "@/proxy";
import { isCachedPublicPage } from "@/lib/security/cached-pages";

const CACHED = ["/courses/http-apis-rest-graphql/lessons/how-http-works", "/courses/sql/lessons/joins/", "/bench/baseline.html"];
const PER_REQUEST = ["/", "/courses", "/courses/http-apis-rest-graphql", "/dashboard", "/profile", "/admin/users", "/sign-in", "/forgot-password", "/api/me", "/api/learn/lesson-state", "/api/auth/session", "/courses/x/lessons", "/courses/x/lessons/y/z", "/benchmarks", "/no/such/page"];

const { getMiddlewareMatchers } = staticInfo as unknown as { getMiddlewareMatchers: (matcher: string[], nextConfig: object) => { regexp: string }[] };
const matchers = getMiddlewareMatchers(config.matcher, {}).map((m) => new RegExp(m.regexp));
const proxyRunsFor = (path: string) => matchers.some((re) => re.test(path));

describe("cached public pages", () => {
  it("are the lesson pages and the files in public/", () => {
    for (const path of CACHED) expect(isCachedPublicPage(path), path).toBe(true);
  });

  it("exclude every page that reads the request: account, search, course landing, API, sign-in", () => {
    for (const path of PER_REQUEST) expect(isCachedPublicPage(path), path).toBe(false);
  });

  it("are exactly the paths the proxy does not run for", () => {
    for (const path of [...CACHED, ...PER_REQUEST]) expect(proxyRunsFor(path), path).toBe(!isCachedPublicPage(path));
  });
});
