import { describe, expect, it } from "vitest";
import { weekIndex, weeklyStreak } from "@/lib/learning/streak";

const at = (iso: string) => new Date(iso);

describe("weekIndex", () => {
  it("starts weeks on Monday in the learner's time zone", () => {
    // Sunday 23:30 in New York is already Monday in UTC.
    const sundayNight = at("2026-03-16T03:30:00Z");
    expect(weekIndex(sundayNight, "America/New_York")).toBe(weekIndex(at("2026-03-10T12:00:00Z"), "UTC"));
    expect(weekIndex(sundayNight, "UTC")).toBe(weekIndex(at("2026-03-16T12:00:00Z"), "UTC"));
  });

  it("is stable across a daylight-saving change", () => {
    // Europe/Berlin springs forward on Sunday 29 March 2026.
    expect(weekIndex(at("2026-03-23T08:00:00Z"), "Europe/Berlin")).toBe(
      weekIndex(at("2026-03-29T20:00:00Z"), "Europe/Berlin"),
    );
    expect(weekIndex(at("2026-03-30T08:00:00Z"), "Europe/Berlin")).toBe(
      weekIndex(at("2026-03-29T20:00:00Z"), "Europe/Berlin") + 1,
    );
  });
});

describe("weeklyStreak", () => {
  const now = at("2026-04-15T12:00:00Z"); // a Wednesday

  it("is zero with no activity", () => {
    expect(weeklyStreak([], now, "UTC")).toBe(0);
  });

  it("counts consecutive weeks ending this week, with several sessions in a week counting once", () => {
    const activity = ["2026-04-14", "2026-04-13", "2026-04-08", "2026-04-01", "2026-03-18"].map((d) =>
      at(`${d}T10:00:00Z`),
    );
    expect(weeklyStreak(activity, now, "UTC")).toBe(3);
  });

  it("keeps last week's streak alive until this week is over", () => {
    const activity = [at("2026-04-08T10:00:00Z"), at("2026-04-01T10:00:00Z")];
    expect(weeklyStreak(activity, now, "UTC")).toBe(2);
  });

  it("breaks after a whole week without activity", () => {
    expect(weeklyStreak([at("2026-04-01T10:00:00Z")], now, "UTC")).toBe(0);
  });
});
