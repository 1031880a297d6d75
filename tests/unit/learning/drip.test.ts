import { describe, expect, it } from "vitest";
import { dripLockedLessons } from "@/lib/learning/drip";

// A cohort meeting in Berlin from Monday 22 March 2027 (18:00 CET); clocks go forward on Sunday 28 March.
const cohort = { startsAt: new Date("2027-03-22T17:00:00Z"), timeZone: "Europe/Berlin" };
const modules = [
  { releaseDay: 0, lessons: [{ id: "a1" }] },
  { releaseDay: 7, lessons: [{ id: "b1" }, { id: "b2", freePreview: true }] },
  { releaseDay: null, lessons: [{ id: "c1" }] },
];

describe("dripLockedLessons", () => {
  it("locks a module until local midnight on its release day, then opens it (the boundary, across DST)", () => {
    // Monday 29 March 00:00 CEST = 28 March 22:00 UTC.
    const opens = new Date("2027-03-28T22:00:00Z");
    const before = dripLockedLessons(modules, cohort, new Date(opens.getTime() - 1));
    expect([...before.entries()]).toEqual([["b1", opens]]);
    expect(dripLockedLessons(modules, cohort, opens).size).toBe(0);
  });

  it("never locks free previews, modules without a release day, or anything outside a cohort", () => {
    const early = new Date("2027-01-01T00:00:00Z");
    expect([...dripLockedLessons(modules, cohort, early).keys()]).toEqual(["b1"]);
    expect(dripLockedLessons(modules, null, early).size).toBe(0);
  });
});
