// Deadlines at 23:59 and module openings at midnight, in the cohort's zone, on both sides of DST changes.
import { describe, expect, it } from "vitest";
import { cohortLengthInDays, moduleOpensAt, projectDeadline } from "@/lib/cohorts/cohort-days";

describe("projectDeadline", () => {
  it("is 23:59:59.999 local on the day, in winter and in summer (Europe/Berlin, across 2027-03-28)", () => {
    // The cohort starts Monday 2027-03-22 at 18:00 CET (17:00 UTC).
    const start = new Date("2027-03-22T17:00:00Z");
    // Day 5 is Saturday 27 March, still CET (UTC+1): 23:59 local = 22:59 UTC.
    expect(projectDeadline(start, "Europe/Berlin", 5).toISOString()).toBe("2027-03-27T22:59:59.999Z");
    // Day 6 is Sunday 28 March, the change day, CEST (UTC+2) by 23:59: 21:59 UTC.
    expect(projectDeadline(start, "Europe/Berlin", 6).toISOString()).toBe("2027-03-28T21:59:59.999Z");
  });

  it("keeps 23:59 across the autumn change in New York (2027-11-07)", () => {
    const start = new Date("2027-11-01T23:00:00Z"); // Monday 1 Nov 19:00 EDT
    expect(projectDeadline(start, "America/New_York", 5).toISOString()).toBe("2027-11-07T03:59:59.999Z"); // Sat 6 Nov EDT
    expect(projectDeadline(start, "America/New_York", 6).toISOString()).toBe("2027-11-08T04:59:59.999Z"); // Sun 7 Nov EST
  });

  it("counts days from the cohort's local start date, not its UTC date", () => {
    // 19:00 on 12 April in New York is already 13 April in UTC.
    const start = new Date("2027-04-12T23:00:00Z");
    expect(projectDeadline(start, "America/New_York", 0).toISOString()).toBe("2027-04-13T03:59:59.999Z");
  });
});

describe("moduleOpensAt", () => {
  const start = new Date("2027-03-22T17:00:00Z");

  it("opens at local midnight, the offset moving with DST", () => {
    expect(moduleOpensAt(start, "Europe/Berlin", 0).toISOString()).toBe("2027-03-21T23:00:00.000Z");
    expect(moduleOpensAt(start, "Europe/Berlin", 7).toISOString()).toBe("2027-03-28T22:00:00.000Z");
  });

  it("opens at midnight in New York on the day the clocks go back (2027-11-07)", () => {
    const ny = new Date("2027-11-01T23:00:00Z"); // Monday 1 Nov 19:00 EDT
    expect(moduleOpensAt(ny, "America/New_York", 5).toISOString()).toBe("2027-11-06T04:00:00.000Z");
    expect(moduleOpensAt(ny, "America/New_York", 7).toISOString()).toBe("2027-11-08T05:00:00.000Z");
  });
});

describe("cohortLengthInDays", () => {
  it("counts local calendar days", () => {
    expect(
      cohortLengthInDays(new Date("2027-04-12T23:00:00Z"), new Date("2027-05-07T01:00:00Z"), "America/New_York"),
    ).toBe(24);
  });
});
