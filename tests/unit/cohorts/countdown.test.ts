import { describe, expect, it } from "vitest";
import { formatCountdown } from "@/lib/cohorts/countdown";

const MINUTE = 60_000;

describe("formatCountdown", () => {
  it("names the units that matter at each distance", () => {
    expect(formatCountdown(0)).toBe("now");
    expect(formatCountdown(20_000)).toBe("in 1 minute");
    expect(formatCountdown(35 * MINUTE)).toBe("in 35 minutes");
    expect(formatCountdown(60 * MINUTE)).toBe("in 1 hour");
    expect(formatCountdown(125 * MINUTE)).toBe("in 2 hours 5 minutes");
    expect(formatCountdown(24 * 60 * MINUTE)).toBe("in 1 day");
    expect(formatCountdown((2 * 24 + 4) * 60 * MINUTE + 59 * MINUTE)).toBe("in 2 days 4 hours");
  });
});
