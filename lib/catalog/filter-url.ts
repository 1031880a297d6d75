// The catalogue's URLs: only the filters that are set, in a fixed order. Pure.
import type { CatalogFilter } from "./schema";

const KEYS = ["q", "topic", "level", "price", "format", "sort"] as const satisfies readonly (keyof CatalogFilter)[];

/** "/courses?q=sql&level=BEGINNER" from form values; empty values are dropped ("&topic=&level=" helps no one). */
export function catalogHref(
  values: Partial<Record<(typeof KEYS)[number], string | null | undefined>>,
  path = "/courses",
): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = values[key]?.trim();
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** How many filters besides the search words are set: the count on the phone's "Filters" button. */
export function activeFilterCount(filter: CatalogFilter): number {
  return KEYS.filter((key) => key !== "q" && filter[key] !== undefined).length;
}
