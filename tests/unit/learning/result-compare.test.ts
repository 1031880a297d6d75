import { describe, expect, it } from "vitest";
import { compareResultSets, type ResultSet } from "@/lib/learning/result-compare";

const INT = 23;
const TEXT = 25;
const NUMERIC = 1700;
const set = (columns: [string, number][], rows: (string | null)[][]): ResultSet => ({
  columns: columns.map(([name, dataTypeID]) => ({ name, dataTypeID })),
  rows,
});

const expected = set(
  [
    ["id", INT],
    ["name", TEXT],
  ],
  [
    ["1", "Ada"],
    ["2", "Grace"],
    ["3", null],
  ],
);

describe("compareResultSets", () => {
  it("accepts the same rows in any order when order does not matter", () => {
    const shuffled = set(
      [
        ["id", INT],
        ["name", TEXT],
      ],
      [
        ["3", null],
        ["1", "Ada"],
        ["2", "Grace"],
      ],
    );
    expect(compareResultSets(expected, shuffled, { orderMatters: false })).toEqual({ ok: true });
  });

  it("rejects a different order when order matters, and says so", () => {
    const shuffled = set(
      [
        ["id", INT],
        ["name", TEXT],
      ],
      [
        ["2", "Grace"],
        ["1", "Ada"],
        ["3", null],
      ],
    );
    const outcome = compareResultSets(expected, shuffled, { orderMatters: true });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toMatch(/wrong order.*row 1/);
  });

  it("counts duplicates: a bag, not a set", () => {
    const dupes = set([["n", INT]], [["1"], ["1"], ["2"]]);
    const other = set([["n", INT]], [["1"], ["2"], ["2"]]);
    expect(compareResultSets(dupes, other, { orderMatters: false }).ok).toBe(false);
  });

  it("compares numbers by value, so 2.50 equals 2.5 and an integer equals a numeric", () => {
    const money = set([["total", NUMERIC]], [["2.50"], ["10"]]);
    const learner = set([["total", NUMERIC]], [["2.5"], ["10.00"]]);
    expect(compareResultSets(money, learner, { orderMatters: true })).toEqual({ ok: true });
    const asInt = set([["total", INT]], [["10"]]);
    expect(compareResultSets(set([["total", NUMERIC]], [["10.0"]]), asInt, { orderMatters: true })).toEqual({
      ok: true,
    });
  });

  it("does not treat numeric-looking text as numbers", () => {
    const codes = set([["code", TEXT]], [["007"]]);
    expect(compareResultSets(codes, set([["code", TEXT]], [["7"]]), { orderMatters: false }).ok).toBe(false);
  });

  it("distinguishes NULL from the text 'null' and from empty strings", () => {
    const withNull = set([["x", TEXT]], [[null]]);
    expect(compareResultSets(withNull, set([["x", TEXT]], [["null"]]), { orderMatters: false }).ok).toBe(false);
    expect(compareResultSets(withNull, set([["x", TEXT]], [[""]]), { orderMatters: false }).ok).toBe(false);
  });

  it("explains a wrong column count, a wrong column name and a wrong row count", () => {
    const oneColumn = compareResultSets(expected, set([["id", INT]], [["1"], ["2"], ["3"]]), { orderMatters: false });
    expect(!oneColumn.ok && oneColumn.reason).toBe("Expected 2 columns (id, name), but your query returned 1 column.");
    const renamed = compareResultSets(
      expected,
      set(
        [
          ["id", INT],
          ["full_name", TEXT],
        ],
        expected.rows,
      ),
      { orderMatters: false },
    );
    expect(!renamed.ok && renamed.reason).toMatch(/Column 2 should be named “name”, not “full_name”/);
    const short = compareResultSets(
      expected,
      set(
        [
          ["id", INT],
          ["name", TEXT],
        ],
        [["1", "Ada"]],
      ),
      { orderMatters: false },
    );
    expect(!short.ok && short.reason).toBe("Expected 3 rows, but your query returned 1 row.");
  });

  it("matches column names case-insensitively and handles empty results", () => {
    expect(
      compareResultSets(
        expected,
        set(
          [
            ["ID", INT],
            ["Name", TEXT],
          ],
          expected.rows,
        ),
        { orderMatters: true },
      ),
    ).toEqual({ ok: true });
    const empty = set([["id", INT]], []);
    expect(compareResultSets(empty, set([["id", INT]], []), { orderMatters: true })).toEqual({ ok: true });
  });

  it("reports the first row that is not expected", () => {
    const wrong = set(
      [
        ["id", INT],
        ["name", TEXT],
      ],
      [
        ["1", "Ada"],
        ["2", "Linus"],
        ["3", null],
      ],
    );
    const outcome = compareResultSets(expected, wrong, { orderMatters: false });
    expect(!outcome.ok && outcome.reason).toBe("Row 2 of your result is not in the expected result.");
  });
});
