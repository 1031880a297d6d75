import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/security/safe-redirect";

const APP = "http://localhost:3000";

describe("safeRedirectPath", () => {
  it("keeps same-origin paths with their query and fragment", () => {
    expect(safeRedirectPath("/courses/sql/lessons/joins?x=1#top", APP)).toBe("/courses/sql/lessons/joins?x=1#top");
    expect(safeRedirectPath("http://localhost:3000/dashboard", APP)).toBe("/dashboard");
  });

  it("refuses anything that leaves the site, however it is spelled", () => {
    for (const target of [
      "/\t/evil.example",
      "/%09/evil.example".replace("%09", "\t"),
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "https://evil.example/",
      "http://localhost:3001/",
      "javascript:alert(1)",
      "/\n/evil.example",
      "/ok\u0000",
      "evil.example",
      " //evil.example",
      "http:/\\evil.example",
    ]) {
      expect(safeRedirectPath(target, APP), JSON.stringify(target)).toBe("/");
    }
  });

  it("falls back for missing or oversized targets", () => {
    expect(safeRedirectPath(undefined, APP)).toBe("/");
    expect(safeRedirectPath("", APP, "/dashboard")).toBe("/dashboard");
    expect(safeRedirectPath(`/${"a".repeat(5000)}`, APP)).toBe("/");
  });
});
