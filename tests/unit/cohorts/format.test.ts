import { describe, expect, it } from "vitest";
import { cohortDates, sessionDay, sessionTimes, weekdayList, zoneGenericName } from "@/lib/cohorts/format";

describe("cohort formats", () => {
  it("reads dates and times in the zone asked for, not the cohort's", () => {
    const start = new Date("2027-04-12T23:00:00Z"); // Monday 19:00 in New York
    const end = new Date("2027-04-13T01:00:00Z");
    expect(sessionDay(start, "America/New_York")).toBe("Mon 12 Apr");
    expect(sessionTimes(start, end, "America/Los_Angeles")).toBe("16:00–18:00");
    expect(sessionDay(start, "Europe/Berlin")).toBe("Tue 13 Apr");
    expect(sessionTimes(start, end, "Europe/Berlin", true)).toBe("1:00 AM–3:00 AM");
  });

  it("names the weekdays once each, in order, on the visitor's side of midnight", () => {
    const monday = new Date("2027-04-12T23:00:00Z");
    const thursday = new Date("2027-04-15T23:00:00Z");
    expect(weekdayList([monday, thursday], "America/New_York")).toBe("Mon & Thu");
    expect(weekdayList([monday, thursday], "Asia/Tokyo")).toBe("Tue & Fri");
    expect(weekdayList([monday, new Date("2027-04-19T23:00:00Z")], "America/New_York")).toBe("Mon");
  });

  it("gives the year once when both ends share it", () => {
    expect(cohortDates(new Date("2027-01-11T16:00:00Z"), new Date("2027-02-05T18:00:00Z"), "Europe/Berlin")).toBe(
      "11 Jan – 5 Feb 2027",
    );
    expect(cohortDates(new Date("2026-12-14T16:00:00Z"), new Date("2027-01-15T18:00:00Z"), "Europe/Berlin")).toBe(
      "14 Dec 2026 – 15 Jan 2027",
    );
  });

  it("names a zone the same in summer and winter", () => {
    expect(zoneGenericName("America/Los_Angeles")).toBe("Pacific Time");
    expect(zoneGenericName("America/New_York")).toBe("Eastern Time");
    expect(zoneGenericName("UTC")).toBe("UTC");
  });
});
