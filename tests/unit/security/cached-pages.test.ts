import { describe, expect, it } from "vitest";
import { isCachedPublicPage } from "@/lib/security/cached-pages";

describe("cached public pages", () => {
  it("are the lesson pages", () => {
    expect(isCachedPublicPage("/courses/http-apis-rest-graphql/lessons/how-http-works")).toBe(true);
    expect(isCachedPublicPage("/courses/sql/lessons/joins/")).toBe(true);
  });

  it("exclude every page that reads the request: account, search, course landing, API, sign-in", () => {
    for (const path of ["/", "/courses", "/courses/http-apis-rest-graphql", "/dashboard", "/profile", "/admin/users", "/sign-in", "/api/me", "/api/learn/lesson-state", "/courses/x/lessons", "/courses/x/lessons/y/z", "/courses/X/lessons/y", "/courses/../lessons/y"]) {
      expect(isCachedPublicPage(path), path).toBe(false);
    }
  });
});
