import { describe, expect, it } from "vitest";
import { clockTime, formatInZone, formatTimeInZone, zoneName } from "@/lib/booking/format";

// 17:00 UTC on a Monday in December: 09:00 in Los Angeles (standard time), 18:00 in Berlin, 01:00 next day in Perth.
const instant = new Date("2026-12-07T17:00:00Z");
const space = "[\\s\\u202f]"; // ICU puts a narrow no-break space before AM/PM

describe("clockTime", () => {
  it("follows the 12/24-hour choice, without a leading zero on a 12-hour clock", () => {
    expect(clockTime(instant, "America/Los_Angeles", true)).toMatch(new RegExp(`^9:00${space}AM$`));
    expect(clockTime(instant, "America/Los_Angeles", false)).toBe("09:00");
    expect(clockTime("2026-12-07T09:00:00Z", "Europe/London", true)).toMatch(new RegExp(`^9:00${space}AM$`));
    expect(clockTime("2026-12-07T01:00:00Z", "Europe/London", true)).toMatch(new RegExp(`^1:00${space}AM$`));
    expect(clockTime(instant, "Europe/Berlin", false)).toBe("18:00");
  });
});

describe("clockTime in UTC (written without a formatter)", () => {
  it("matches what Intl writes for every minute of a day, on both clocks", () => {
    const intl = (date: Date, hour12: boolean) =>
      new Intl.DateTimeFormat(hour12 ? "en-US" : "en-GB", {
        timeZone: "UTC",
        hour: hour12 ? "numeric" : "2-digit",
        minute: "2-digit",
        hour12,
      }).format(date);
    for (let minute = 0; minute < 24 * 60; minute += 1) {
      const date = new Date(Date.UTC(2026, 11, 7, 0, minute));
      for (const hour12 of [true, false]) expect(clockTime(date, "UTC", hour12)).toBe(intl(date, hour12));
    }
  });
});

describe("zoneName", () => {
  it("names the zone, in summer and winter, not as an offset", () => {
    expect(zoneName("America/Los_Angeles", instant)).toBe("Pacific Standard Time");
    expect(zoneName("America/Los_Angeles", new Date("2026-07-01T12:00:00Z"))).toBe("Pacific Daylight Time");
    expect(zoneName("Europe/Berlin", instant)).toBe("Central European Standard Time");
    expect(zoneName("Asia/Kolkata", instant)).toBe("India Standard Time");
    expect(zoneName("Europe/Kyiv", instant)).not.toMatch(/^GMT/);
  });
});

describe("formatInZone and formatTimeInZone", () => {
  it("write the date, the clock the visitor chose and the zone's name", () => {
    const twelve = formatInZone(instant, "America/Los_Angeles", true);
    expect(twelve).toMatch(new RegExp(`^Monday,? 7 December 2026 at 9:00${space}AM, Pacific Standard Time$`));
    expect(twelve).not.toContain("GMT");
    expect(formatInZone(instant, "Australia/Perth", false)).toMatch(/^Tuesday,? 8 December 2026 at 01:00, /);
  });

  it("keep the short list form in the same clock as the page", () => {
    expect(formatTimeInZone(instant, "America/Los_Angeles", true)).toMatch(new RegExp(`^Mon,? 7 Dec, 9:00${space}AM$`));
    expect(formatTimeInZone(instant, "America/Los_Angeles", false)).toMatch(/^Mon,? 7 Dec, 09:00$/);
  });
});
