import { describe, expect, it } from "vitest";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  buildCatalogSearch,
  splitHighlight,
  toPrefixTsQuery,
} from "@/lib/catalog/search-query";

describe("toPrefixTsQuery", () => {
  it("turns words into prefix terms that must all match", () => {
    expect(toPrefixTsQuery("Keyset  pagin")).toBe("keyset:* & pagin:*");
  });

  it("drops tsquery syntax and punctuation, so input cannot inject operators", () => {
    expect(toPrefixTsQuery("a & !b | (c:*) <-> 'd'")).toBe("a:* & b:* & c:* & d:*");
    expect(toPrefixTsQuery("!!! ()")).toBeNull();
    expect(toPrefixTsQuery("")).toBeNull();
  });

  it("keeps non-ASCII letters and caps the number of words", () => {
    expect(toPrefixTsQuery("Müller café")).toBe("müller:* & café:*");
    expect(toPrefixTsQuery("a b c d e f g h i j")?.split(" & ")).toHaveLength(8);
  });
});

describe("buildCatalogSearch", () => {
  it("passes the query and filters as parameters, never inside the SQL text", () => {
    const search = buildCatalogSearch(
      { q: "x'; DROP TABLE", topic: "DATABASES", level: "BEGINNER", format: "SELF_PACED" },
      "x:* & drop:* & table:*",
    );
    expect(search.values).toEqual(["x:* & drop:* & table:*", "x'; DROP TABLE", "DATABASES", "BEGINNER", "SELF_PACED"]);
    expect(search.text).not.toContain("DROP");
    expect(search.text).toContain(`c.topic::text = $3`);
    expect(search.text).toContain(`c.level::text = $4`);
    expect(search.text).toContain(`c.format::text = $5`);
  });

  it("searches course and lesson vectors plus trigram similarity for typos", () => {
    const { text } = buildCatalogSearch({ q: "postgras" }, "postgras:*");
    expect(text).toContain(`to_tsquery('english', $1)`);
    expect(text).toContain(`c."searchVector" @@ s.tsq`);
    expect(text).toContain(`l."searchVector" @@ s.tsq`);
    expect(text).toContain(`s.raw <% c.title`);
    expect(text).toContain("ts_headline");
  });

  it("filters price without parameters and sorts as asked", () => {
    expect(buildCatalogSearch({ q: "a", price: "free" }, "a:*").text).toContain(`c."priceCents" = 0`);
    expect(buildCatalogSearch({ q: "a", price: "paid" }, "a:*").text).toContain(`c."priceCents" > 0`);
    expect(buildCatalogSearch({ q: "a" }, "a:*").text).toMatch(/ORDER BY rank DESC/);
    expect(buildCatalogSearch({ q: "a", sort: "newest" }, "a:*").text).toMatch(/ORDER BY c."publishedAt" DESC/);
    expect(buildCatalogSearch({ q: "a", sort: "popular" }, "a:*").text).toMatch(/ORDER BY learners DESC/);
  });

  it("clamps the limit", () => {
    expect(buildCatalogSearch({ q: "a" }, "a:*", 10_000).text).toMatch(/LIMIT 100$/);
    expect(buildCatalogSearch({ q: "a" }, "a:*", 0).text).toMatch(/LIMIT 1$/);
  });
});

describe("splitHighlight", () => {
  it("splits marked words into highlighted runs and strips Markdown symbols", () => {
    const source = `Use **${HIGHLIGHT_START}keyset${HIGHLIGHT_END}** \`pagination\` for ${HIGHLIGHT_START}feeds${HIGHLIGHT_END}.`;
    expect(splitHighlight(source)).toEqual([
      { text: "Use ", match: false },
      { text: "keyset", match: true },
      { text: " pagination for ", match: false },
      { text: "feeds", match: true },
      { text: ".", match: false },
    ]);
  });

  it("keeps snake_case identifiers and plain text intact", () => {
    expect(splitHighlight("published_at column")).toEqual([{ text: "published_at column", match: false }]);
  });
});
