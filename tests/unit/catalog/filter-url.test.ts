import { describe, expect, it } from "vitest";
import { activeFilterCount, catalogHref } from "@/lib/catalog/filter-url";

describe("catalogHref", () => {
  it("drops empty filters instead of sending &topic=&level=", () => {
    expect(catalogHref({ q: "keyset", topic: "", level: "", price: "", format: "", sort: "" })).toBe(
      "/courses?q=keyset",
    );
    expect(catalogHref({ q: "  ", topic: null, level: undefined })).toBe("/courses");
  });

  it("keeps the set ones in a fixed order and encodes them", () => {
    expect(catalogHref({ sort: "newest", q: "a&b", level: "BEGINNER" })).toBe(
      "/courses?q=a%26b&level=BEGINNER&sort=newest",
    );
  });
});

describe("activeFilterCount", () => {
  it("counts the filters, not the search words", () => {
    expect(activeFilterCount({ q: "sql" })).toBe(0);
    expect(activeFilterCount({ q: "sql", topic: "DATABASES", price: "free" })).toBe(2);
  });
});
