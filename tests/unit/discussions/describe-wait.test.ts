import { describe, expect, it } from "vitest";
import { describeWait, median } from "@/lib/discussions/rules";

describe("describeWait (median time to a first answer)", () => {
  it("says a dash when there is no answer yet, or a nonsense value", () => {
    expect(describeWait(null)).toBe("—");
    expect(describeWait(Number.NaN)).toBe("—");
    expect(describeWait(-5)).toBe("—");
  });

  it("rounds to minutes and grows to hours and days", () => {
    expect(describeWait(20)).toBe("under a minute");
    expect(describeWait(90)).toBe("2 min");
    expect(describeWait(59 * 60)).toBe("59 min");
    expect(describeWait(60 * 60)).toBe("1 h");
    expect(describeWait(3 * 3600 + 5 * 60)).toBe("3 h 5 min");
    expect(describeWait(24 * 3600)).toBe("1 day");
    expect(describeWait(2 * 86_400 + 4 * 3600 + 10 * 60)).toBe("2 days 4 h");
  });
});

describe("median", () => {
  it("is null for nothing, the middle value for an odd count, the mean of the two middle ones for an even count", () => {
    expect(median([])).toBeNull();
    expect(median([30])).toBe(30);
    expect(median([600, 60, 1800])).toBe(600);
    expect(median([600, 1800, 60, 7200])).toBe(1200);
  });
});
