import { describe, expect, it } from "vitest";
import { formatRanges, parseRanges } from "@/lib/booking/availability-input";

describe("availability text", () => {
  it("reads several ranges, sorted, and writes them back", () => {
    const parsed = parseRanges("14:00-17:00, 09:00 - 13:00");
    expect(parsed).toEqual({
      ok: true,
      windows: [
        { startMinute: 540, endMinute: 780 },
        { startMinute: 840, endMinute: 1020 },
      ],
    });
    if (parsed.ok) expect(formatRanges(parsed.windows)).toBe("09:00-13:00, 14:00-17:00");
  });

  it("an empty day is no hours; 24:00 ends the day", () => {
    expect(parseRanges("  ")).toEqual({ ok: true, windows: [] });
    expect(parseRanges("20:00-24:00")).toEqual({ ok: true, windows: [{ startMinute: 1200, endMinute: 1440 }] });
  });

  it("refuses junk, reversed, impossible and overlapping ranges", () => {
    expect(parseRanges("nine to five")).toMatchObject({ ok: false });
    expect(parseRanges("17:00-09:00")).toMatchObject({ ok: false, error: expect.stringMatching(/ends before/) });
    expect(parseRanges("25:00-26:00")).toMatchObject({ ok: false });
    expect(parseRanges("09:00-12:00, 11:00-13:00")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/overlap/),
    });
  });
});
