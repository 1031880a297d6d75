import { describe, expect, it } from "vitest";
import { toCsv } from "@/components/studio/analytics/csv";

describe("toCsv", () => {
  it("quotes commas, quotes and new lines, and defuses formulas", () => {
    const rows = [
      { a: 'say "hi", then', b: "=HYPERLINK(1)", c: -3 },
      { a: "two\nlines", b: null, c: 1.5 },
    ];
    expect(
      toCsv(rows, [
        { key: "a", label: "A" },
        { key: "b", label: "B" },
        { key: "c", label: "C" },
      ]),
    ).toBe('A,B,C\r\n"say ""hi"", then",\'=HYPERLINK(1),-3\r\n"two\nlines",,1.5\r\n');
  });
});
