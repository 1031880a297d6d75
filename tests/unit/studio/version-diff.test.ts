import { describe, expect, it } from "vitest";
import type { LessonContent } from "@/lib/studio/lesson-content";
import { diffContents, hasChanges } from "@/lib/studio/version-diff";

const base: LessonContent = {
  title: "Joins",
  kind: "article",
  minutes: 5,
  freePreview: false,
  body: "Line one\nLine two",
};

describe("diffContents", () => {
  it("shows no change for the same content", () => {
    expect(hasChanges(diffContents(base, { ...base }))).toBe(false);
  });
  it("marks changed body lines and keeps the rest as context", () => {
    const lines = diffContents(base, { ...base, body: "Line one\nLine 2" });
    expect(lines.filter((l) => l.kind === "removed").map((l) => l.text)).toEqual(["Line two"]);
    expect(lines.filter((l) => l.kind === "added").map((l) => l.text)).toEqual(["Line 2"]);
    expect(lines.some((l) => l.kind === "same" && l.text === "Line one")).toBe(true);
  });
  it("compares front matter too (title, minutes)", () => {
    const lines = diffContents(base, { ...base, title: "Joins, again", minutes: 7 });
    expect(lines.filter((l) => l.kind === "added").map((l) => l.text)).toEqual(["title: 'Joins, again'", "minutes: 7"]);
  });
  it("diffs against nothing as all added", () => {
    expect(diffContents(null, base).every((l) => l.kind === "added")).toBe(true);
  });
});
