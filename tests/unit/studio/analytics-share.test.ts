import { describe, expect, it } from "vitest";
import { shareOf } from "@/lib/studio/analytics-share";

describe("shareOf", () => {
  it("is a percentage to one decimal", () => {
    expect(shareOf(1, 3)).toBe(33.3);
    expect(shareOf(0, 4)).toBe(0);
    expect(shareOf(4, 4)).toBe(100);
  });
  it("is no share at all (a dash) when there is nobody to count", () => {
    expect(shareOf(0, 0)).toBeNull();
  });
});
