import { describe, expect, it } from "vitest";
import { wrapLabel } from "@/components/studio/analytics/wrap-label";

describe("wrapLabel", () => {
  it("keeps short labels whole and wraps long ones at word boundaries", () => {
    expect(wrapLabel("Joins")).toEqual(["Joins"]);
    expect(wrapLabel("Pagination with opaque cursors and keysets")).toEqual([
      "Pagination with opaque",
      "cursors and keysets",
    ]);
  });
  it("marks what does not fit in three lines, and cuts a single overlong word", () => {
    const lines = wrapLabel("one two three four five six seven eight nine ten eleven twelve", 10);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith("…")).toBe(true);
    expect(wrapLabel("Supercalifragilisticexpialidocious", 10)).toEqual(["Supercali…"]);
  });
});
