import { describe, expect, it } from "vitest";
import { catalogKey } from "@/lib/catalog/queries";
import { normaliseSearchText, toPrefixTsQuery } from "@/lib/catalog/search-query";

describe("normaliseSearchText", () => {
  it("folds case and runs of spaces, and changes nothing the database would match on", () => {
    for (const typed of ["Keyset  Pagination", "  KEYSET\tpagination ", "keyset pagination"]) {
      expect(normaliseSearchText(typed)).toBe("keyset pagination");
      expect(toPrefixTsQuery(normaliseSearchText(typed))).toBe(toPrefixTsQuery(typed));
    }
    // Punctuation and non-Latin letters stay: trigram similarity and the tsquery both see them as typed.
    expect(normaliseSearchText("Ünïcode-Straße C++")).toBe("ünïcode-straße c++");
  });

  it("gives one cache key to one search, and keeps different searches and filters apart", () => {
    expect(catalogKey({ q: "Keyset  Pagination" })).toBe(catalogKey({ q: "keyset pagination" }));
    expect(catalogKey({ q: "keyset" })).not.toBe(catalogKey({ q: "keysets" }));
    expect(catalogKey({ q: "keyset", level: "BEGINNER" })).not.toBe(catalogKey({ q: "keyset" }));
    expect(catalogKey({})).toBe(catalogKey({}));
  });
});
