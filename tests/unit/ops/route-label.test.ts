import { describe, expect, it } from "vitest";
import { routeMatcher } from "@/lib/observability/route-label";
import { needsNoDatabase } from "@/lib/ops/db-gate";
import { formatUptime } from "@/lib/ops/status";
import { requestIdOf } from "@/lib/observability/request-log";

const match = routeMatcher({
  staticRoutes: [
    { page: "/", regex: "^/(?:/)?$" },
    { page: "/api/me", regex: "^/api/me(?:/)?$" },
  ],
  dynamicRoutes: [
    { page: "/[...missing]", regex: "^/(.+?)(?:/)?$" },
    { page: "/courses/[slug]", regex: "^/courses/([^/]+?)(?:/)?$" },
    { page: "/courses/[slug]/lessons/[lessonSlug]", regex: "^/courses/([^/]+?)/lessons/([^/]+?)(?:/)?$" },
  ],
});

describe("routeMatcher", () => {
  it("labels a request by its route pattern, never by its ids or query", () => {
    expect(match("/")).toBe("/");
    expect(match("/api/me?x=1")).toBe("/api/me");
    expect(match("/courses/sql-basics")).toBe("/courses/[slug]");
    expect(match("/courses/sql-basics/lessons/joins/")).toBe("/courses/[slug]/lessons/[lessonSlug]");
  });

  it("tries a catch-all last and keeps assets to a few labels", () => {
    expect(match("/no/such/page")).toBe("/[...missing]");
    expect(match("/_next/static/chunks/abc123.js")).toBe("/_next/static");
    expect(match("/_next/image")).toBe("/_next");
    expect(match("/favicon.ico")).toBe("(public file)");
  });
});

describe("needsNoDatabase", () => {
  it("lets static files, health, readiness and metrics through an outage", () => {
    for (const url of ["/_next/static/chunks/a.js", "/favicon.ico", "/api/health", "/api/ready", "/api/metrics"])
      expect(needsNoDatabase(url)).toBe(true);
  });

  it("gates pages and API routes that may need the database", () => {
    for (const url of [
      "/",
      "/courses",
      "/courses/sql-basics",
      "/api/me",
      "/api/learn/course-state?course=x",
      "/api/data.json",
    ])
      expect(needsNoDatabase(url)).toBe(false);
  });
});

describe("requestIdOf", () => {
  it("keeps a proxy's well-formed id and replaces anything else", () => {
    expect(requestIdOf({ "x-request-id": "abc-123_def.456" })).toBe("abc-123_def.456");
    expect(requestIdOf({ "x-request-id": "bad id\nInjected: yes" })).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf({})).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("formatUptime", () => {
  it("says it in the largest two units that matter", () => {
    expect(formatUptime(42)).toBe("42 s");
    expect(formatUptime(125)).toBe("2 min");
    expect(formatUptime(2 * 3600 + 5 * 60)).toBe("2 h 5 min");
    expect(formatUptime(3 * 86_400 + 4 * 3600)).toBe("3 d 4 h");
  });
});
