import { describe, expect, it } from "vitest";
import type { LessonContent } from "@/lib/studio/lesson-content";
import { diffContents, diffHunks, hasChanges } from "@/lib/studio/version-diff";

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

describe("diffHunks", () => {
  const long = (changeAt: number[]) =>
    Array.from({ length: 30 }, (_, i) => (changeAt.includes(i) ? `Changed ${i}` : `Line ${i}`)).join("\n");

  it("shows only the changed parts with three lines of context, and counts what it hides", () => {
    const lines = diffContents({ ...base, body: long([]) }, { ...base, body: long([15]) });
    const { hunks, skippedAfter } = diffHunks(lines);
    expect(hunks).toHaveLength(1);
    const hunk = hunks[0]!;
    expect(hunk.lines.map((l) => l.kind)).toEqual(["same", "same", "same", "removed", "added", "same", "same", "same"]);
    expect(hunk.lines[3]).toMatchObject({ text: "Line 15", newNo: null, oldNo: expect.any(Number) });
    expect(hunk.skippedBefore).toBeGreaterThan(10);
    expect(skippedAfter).toBeGreaterThan(10);
    expect(hunk.skippedBefore + hunk.lines.length + skippedAfter).toBe(lines.length);
  });

  it("merges changes whose context meets, and keeps far-apart changes in separate hunks", () => {
    expect(diffHunks(diffContents({ ...base, body: long([]) }, { ...base, body: long([10, 14]) })).hunks).toHaveLength(
      1,
    );
    expect(diffHunks(diffContents({ ...base, body: long([]) }, { ...base, body: long([3, 25]) })).hunks).toHaveLength(
      2,
    );
  });

  it("has no hunks when nothing changed", () => {
    expect(diffHunks(diffContents(base, { ...base }))).toEqual({ hunks: [], skippedAfter: 0 });
  });

  it("numbers lines in the version and in the current content", () => {
    const lines = diffContents({ ...base, body: "a\nb" }, { ...base, body: "a\nx\nb" });
    const added = lines.find((l) => l.kind === "added")!;
    expect(added.oldNo).toBeNull();
    expect(added.newNo).toBe(lines.find((l) => l.text === "a")!.newNo! + 1);
  });
});
