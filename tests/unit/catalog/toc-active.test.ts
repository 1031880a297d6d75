import { describe, expect, it } from "vitest";
import { activeHeadingId } from "@/components/learn/toc-active";

const headings = [
  { id: "intro", top: 400 },
  { id: "details", top: 1200 },
  { id: "summary", top: 2000 },
];

describe("activeHeadingId", () => {
  it("is the first section at the top of the page, before any heading reaches the header", () => {
    expect(activeHeadingId(headings, 96, false)).toBe("intro");
  });

  it("is the last heading that has scrolled up to the header", () => {
    const scrolled = headings.map((h) => ({ ...h, top: h.top - 1150 }));
    expect(activeHeadingId(scrolled, 96, false)).toBe("details");
    expect(
      activeHeadingId(
        headings.map((h) => ({ ...h, top: h.top - 304 })),
        96,
        false,
      ),
    ).toBe("intro");
  });

  it("is the last section at the bottom of the page, and nothing without headings", () => {
    expect(activeHeadingId(headings, 96, true)).toBe("summary");
    expect(activeHeadingId([], 96, false)).toBeNull();
  });
});
