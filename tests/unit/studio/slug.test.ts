import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "@/lib/studio/slug";

describe("slugify", () => {
  it("makes lowercase words joined by hyphens", () => {
    expect(slugify("Intro to SQL: Joins & Keys!")).toBe("intro-to-sql-joins-and-keys");
  });
  it("drops accents and collapses punctuation", () => {
    expect(slugify("  Crème   brûlée -- APIs  ")).toBe("creme-brulee-apis");
  });
  it("never returns an empty slug", () => {
    expect(slugify("!!!", "course")).toBe("course");
    expect(slugify("日本語")).toBe("untitled");
  });
  it("caps the length without a trailing hyphen", () => {
    const slug = slugify(`${"a".repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("uniqueSlug", () => {
  it("keeps a free slug and numbers a taken one", () => {
    expect(uniqueSlug("sql", [])).toBe("sql");
    expect(uniqueSlug("sql", ["sql", "sql-2"])).toBe("sql-3");
  });
  it("stays within the length limit when numbering", () => {
    const base = "x".repeat(80);
    expect(uniqueSlug(base, [base]).length).toBeLessThanOrEqual(80);
  });
});
