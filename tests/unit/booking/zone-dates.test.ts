import { describe, expect, it } from "vitest";
import { longDateLabel, monthDays, monthLabel } from "@/components/booking/zone-dates";

// The booking calendar's labels are written by hand (no Intl.DateTimeFormat on the page's load): they must read
// exactly as en-GB's formatter writes them, for every day, leap years included.
describe("calendar labels", () => {
  const dayFormat = new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
  });
  const monthFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "long", year: "numeric" });
  const months = ["2026", "2027", "2028"].flatMap((year) =>
    Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`),
  );

  it("names every day of three years (one of them leap) as en-GB does", () => {
    const dates = months.flatMap(monthDays);
    expect(dates).toHaveLength(365 + 365 + 366);
    for (const date of dates) {
      const [y, m, d] = date.split("-").map(Number) as [number, number, number];
      expect(longDateLabel(date)).toBe(dayFormat.format(Date.UTC(y, m - 1, d)));
    }
    expect(longDateLabel("2028-02-29")).toBe("Tuesday 29 February");
  });

  it("names every month as en-GB does", () => {
    for (const month of months) {
      const [y, m] = month.split("-").map(Number) as [number, number];
      expect(monthLabel(month)).toBe(monthFormat.format(Date.UTC(y, m - 1, 1)));
    }
    expect(monthLabel("2026-12")).toBe("December 2026");
  });
});
